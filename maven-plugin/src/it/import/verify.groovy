// The spec is written where the other goals read it, with the backend's HPA folded in; the guide's
// mistakes are warnings located in the manifests (absolute paths); what is not carried is logged at
// info; the second run refuses to replace the spec.
def spec = new File(basedir, 'scaling.yaml')
assert spec.isFile()
def text = spec.text
assert text.contains('  name: docvault')
assert text.contains('  backend:')
assert text.contains('      count: 8')
assert text.contains('      max: 50')
assert !text.readLines().any { it.trim() == 'replicas: 20' }  // only the SG406 comment names it
def log = new File(basedir, 'build.log').text
def hpa = new File(basedir, 'deploy/k8s/hpa.yaml').canonicalPath
def backend = new File(basedir, 'deploy/k8s/backend.yaml').canonicalPath
assert log.contains("[WARNING] ${hpa}:14:3: warning[SG404]")
assert log.contains("[WARNING] ${backend}:10:3: warning[SG406]")
assert log.contains("[WARNING] ${backend}:22:9: warning[SG405]")
assert log.contains("[INFO] ${backend}:45:15: info[SG408]")
assert log.contains('(1 tier); review it')
assert log.contains('error[SG409]')
assert log.contains('set scalegen.force to replace it')
// The third run (adopt) writes an overlay spec next to it: base relative to its folder, the backend
// adopted with its HPA taken over, nothing the base keeps (image, env, probes).
def overlay = new File(basedir, 'overlay/scaling.yaml').text
assert overlay.contains('\nbase: ../deploy/k8s\n')
assert overlay.contains('    adopt:\n      kind: Deployment\n      name: docvault-backend\n      takeOver: true\n')
assert !overlay.contains('image:')
assert !overlay.contains('probes:')
