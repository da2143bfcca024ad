// The default spec (scaling.yaml) compiles into the default outputDirectory (target/scalegen),
// byte for byte the tree under expected/ (the CLI's output for the same spec).
def expected = new File(basedir, 'expected')
def actual = new File(basedir, 'target/scalegen')
def files = { File root ->
  def found = [] as SortedSet
  root.eachFileRecurse(groovy.io.FileType.FILES) { found << root.toPath().relativize(it.toPath()).toString() }
  found
}
assert files(actual) == files(expected)
files(expected).each { path ->
  assert new File(actual, path).bytes == new File(expected, path).bytes : "$path differs from expected/$path"
}
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] scaling.yaml is valid')
assert log.contains('[INFO] target/scalegen (from scaling.yaml): 6 written, 0 unchanged, 0 deleted')
