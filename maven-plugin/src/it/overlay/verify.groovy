// Overlay mode through the plugin: generate writes a kustomize overlay of the team's base (the spec's
// `base`), which names the base relative to the output directory, patches only what the spec owns
// (replicas removed: the tier now autoscales) and adds the HPA under the workload's real name; the
// base still sets replicas, so the log warns (SG438) at the base's line, pointing to docs/migration.md.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'deploy/scalegen/base')
def kustomization = new File(out, 'kustomization.yaml').text
assert kustomization.contains('resources:\n- ../../k8s\n- web/hpa.yaml\n')
assert kustomization.contains('patches:\n- path: web/patch-deployment.yaml\n')
def patch = new File(out, 'web/patch-deployment.yaml').text
assert patch.contains('  name: shop-web\n') && patch.contains('  replicas: null\n') && !patch.contains('image')
assert new File(out, 'web/hpa.yaml').text.contains('    name: shop-web\n')
assert log.contains('[WARNING] deploy/k8s/web.yaml:6:13: warning[SG438]')
assert log.contains('docs/migration.md')
assert log.contains('BUILD SUCCESS')
