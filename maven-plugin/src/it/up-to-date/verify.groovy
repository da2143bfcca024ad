// Build 1 runs validate, generate and check in full and leaves a marker for each; build 2 finds
// nothing changed and replays each goal's log; after a hand edit of deploy/k8s, build 4's check
// runs in full again and fails with the diff (validate and generate, whose inputs did not change,
// are still up to date).
def log = new File(basedir, 'build.log').text
def status = new File(basedir, 'target/maven-status/scalegen')
['validate', 'generate'].each { assert new File(status, it + '-default.txt').isFile() }

def first = log.indexOf('[INFO] target/scalegen (from scaling.yaml): 6 written')
def replayed = log.indexOf('[INFO] Nothing changed since the last successful scalegen:validate (specs, settings, plugin)')
assert first >= 0 && replayed > first
def second = log.substring(replayed)
assert second.contains('[INFO] scaling.yaml is valid (3 warnings)')
assert second.contains('warning[SG255]: autoscaled tier `backend` has no `probes.readiness`')
assert second.contains('[INFO] Nothing changed since the last successful scalegen:generate (specs, settings, plugin, files in target/scalegen)')
assert second.contains('[INFO] target/scalegen (from scaling.yaml) is up to date: nothing written, 6 files unchanged')
assert second.contains('[INFO] Nothing changed since the last successful scalegen:check (specs, settings, plugin, files in deploy/k8s)')
assert second.contains('[INFO] deploy/k8s is up to date with scaling.yaml (6 files)')

def edited = log.lastIndexOf('Nothing changed since the last successful scalegen:generate')
def last = log.substring(edited)
assert !last.contains('Nothing changed since the last successful scalegen:check')
assert last.contains('[ERROR] deploy/k8s/base/backend/hpa.yaml differs from what scaling.yaml compiles to:')
assert last.contains('-  maxReplicas: 99')
assert last.contains('BUILD FAILURE')
// The failed check left no marker behind.
assert !new File(status, 'check-default.txt').exists()
