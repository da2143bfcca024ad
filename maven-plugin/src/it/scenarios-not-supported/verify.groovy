def log = new File(basedir, 'build.log').text
assert log.contains('on project scenarios-not-supported: scenarios [sudden-spike, sustained-high] cannot be selected:'
    + ' this version of scalegen does not support scenarios yet; remove <scenarios> (or -Dscalegen.scenarios)')
assert !new File(basedir, 'target/scalegen').exists()
