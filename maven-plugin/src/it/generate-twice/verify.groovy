// The second build of an unchanged spec and configuration rewrites nothing and says so.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] target/scalegen (from scaling.yaml) is up to date: nothing written, 6 files unchanged')
assert new File(basedir, 'target/scalegen/base/backend/hpa.yaml').text.contains('maxReplicas: 10')
