// The committed manifests are up to date, and check simulates the scenario's promise: broken, so
// the build fails with SG303 at the promise, the time line that breaks it, and a count.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] deploy/k8s is up to date with scaling.yaml')
assert log.contains('scaling.yaml:19:43: error[SG303]: `expect.backend.reaches` promises 10 ready pods within 30s')
assert log.contains('scenario spike, tier backend, load spike10x:')
assert log.contains('limited by')
assert log.contains('scaling.yaml: 0 of 1 promise kept in simulation')
assert log.contains('1 promise of the scenarios is broken in simulation')
assert log.contains('BUILD FAILURE')
