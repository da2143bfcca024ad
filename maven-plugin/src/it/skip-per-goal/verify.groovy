// A skip property per goal: validate and check are skipped and say so; generate still runs. There is
// no committed deploy/k8s, so check would have failed had it run.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping scalegen:validate: scalegen.validate.skip is true')
assert log.contains('[INFO] Skipping scalegen:check: scalegen.check.skip is true')
assert !log.contains('Skipping scalegen:generate')
assert !log.contains('is valid')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/scalegen/base/kustomization.yaml').isFile()
