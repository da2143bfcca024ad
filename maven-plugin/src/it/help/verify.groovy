// The generated help goal lists every goal and every parameter with its user property.
def log = new File(basedir, 'build.log').text
['validate', 'generate', 'check', 'report', 'import', 'help'].each { assert log.contains("scalegen:$it") }
['specs', 'manifests', 'output', 'force', 'outputDirectory', 'kubernetesVersion', 'scenarios', 'failOnWarning', 'skip'].each {
  assert log.contains("User property: scalegen.$it")
}
assert log.contains('User property: scalegen.maxDiffLines')
assert log.contains('BUILD SUCCESS')
