// The committed deploy/k8s is behind the spec (backend max 10 -> 12, tier `legacy` removed) and a
// generated file was deleted by hand: check logs a unified diff per file, names the fix, fails,
// and changes nothing. README.md is not scalegen's and is ignored.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] deploy/k8s/base/backend/hpa.yaml differs from what scaling.yaml compiles to:')
assert log.contains('--- a/base/backend/hpa.yaml\n+++ b/base/backend/hpa.yaml\n@@ -12,7 +12,7 @@')
assert log.contains('\n-  maxReplicas: 10\n+  maxReplicas: 12\n')
assert log.contains('[ERROR] deploy/k8s/base/legacy/deployment.yaml is stale')
assert log.contains('+++ /dev/null')
assert log.contains('[ERROR] deploy/k8s/base/worker/pdb.yaml is missing')
assert log.contains('--- /dev/null\n+++ b/base/worker/pdb.yaml')
assert !log.contains('README.md')
assert log.contains('mvn scalegen:generate -Dscalegen.outputDirectory=deploy/k8s')
assert log =~ /on project check-drift: deploy\/k8s is not what scaling\.yaml compiles to: 4 files differ \(deploy\/k8s\/base\/backend\/hpa\.yaml, deploy\/k8s\/base\/kustomization\.yaml, deploy\/k8s\/base\/legacy\/deployment\.yaml, deploy\/k8s\/base\/worker\/pdb\.yaml\)/
assert new File(basedir, 'deploy/k8s/base/backend/hpa.yaml').text.contains('maxReplicas: 10')
assert !new File(basedir, 'deploy/k8s/base/worker/pdb.yaml').exists()
// maxDiffLines bounds each file's diff: the stale 43-line Deployment is cut after 20 lines.
assert log.contains('... (26 more diff lines; -Dscalegen.maxDiffLines raises the limit)')
