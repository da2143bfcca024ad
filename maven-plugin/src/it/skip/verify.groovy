// -Dscalegen.skip=true skips every goal, says so, and the (invalid) spec is not even read.
def log = new File(basedir, 'build.log').text
['validate', 'generate', 'check'].each {
  assert log.contains("[INFO] Skipping scalegen:$it: skip is true (scalegen.skip)")
}
assert !log.contains('SG101')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/scalegen').exists()
