def out = new File(basedir, 'target/scalegen')
assert new File(out, 'sudden-spike/kustomization.yaml').isFile()
assert new File(out, 'sustained-high/kustomization.yaml').isFile()
assert new File(out, 'sustained-high/backend/hpa.yaml').text.contains('maxReplicas: 40')
assert new File(out, 'sustained-high/worker/deployment.yaml').text.contains('replicas: 6')
assert !new File(out, 'base').exists()
assert !new File(out, 'quiet').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] target/scalegen (from scaling.yaml): 12 written, 0 unchanged, 0 deleted')
