// deploy/k8s holds a hand edit (backend maxReplicas 99). -Dscalegen.outputDirectory=deploy/k8s
// points generate at it, so generate rewrites the file; check has its own directory
// (checkDirectory, scalegen.check.directory; default deploy/k8s) and, seeing that generate
// rewrote files in it in this build, fails and names them instead of passing (it used to pass).
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] deploy/k8s (from scaling.yaml): 1 written, ')
assert log =~ /on project generate-check-separate: deploy\/k8s cannot be checked: scalegen:generate rewrote 1 file in it earlier in this build \(deploy\/k8s\/base\/backend\/hpa\.yaml\)/
assert log.contains('give check the committed one (checkDirectory, scalegen.check.directory)')
assert log.contains('BUILD FAILURE')
