// validate, generate (into target/scalegen) and check (against the committed deploy/k8s) pass,
// each at its default phase, in lifecycle order; check writes nothing.
def log = new File(basedir, 'build.log').text
def validate = log.indexOf('[INFO] scaling.yaml is valid')
def generate = log.indexOf('[INFO] target/scalegen (from scaling.yaml): 6 written')
def check = log.indexOf('[INFO] deploy/k8s is up to date with scaling.yaml (6 files)')
assert validate >= 0 && generate > validate && check > generate
assert log.contains('BUILD SUCCESS')
