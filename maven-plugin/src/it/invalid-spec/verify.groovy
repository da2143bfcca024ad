// Every problem is logged at once, with its source line and hint;
// a follow-on of a problem is not (backend "sets neither replicas nor autoscaling" because
// `autoscalng` is misspelt); the failure message starts with the first root cause (the unknown
// key, a schema error), not with the first error by position; nothing is generated.
def log = new File(basedir, 'build.log').text
// Located by absolute path, as maven-compiler-plugin does: clickable from wherever Maven started.
def spec = new File(basedir, 'scaling.yaml').canonicalPath
assert log.contains("[ERROR] ${spec}:14:5: error[SG101]: unknown key `autoscalng` in `tiers.backend`")
assert log.contains('   14 |     autoscalng: { min: 2, max: 10, cpu: 70% }')
assert log.contains('  hint: did you mean `autoscaling`?')
assert log.contains("[ERROR] ${spec}:7:5: error[SG203]")
assert log.contains("[ERROR] ${spec}:8:41: error[SG205]")
assert !log.contains('SG204')
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal dev\.scalegen:scalegen-maven-plugin:[^:]+:validate \(default\) on project invalid-spec: ${java.util.regex.Pattern.quote(spec)}:14:5: error\[SG101\]: unknown key `autoscalng` in `tiers\.backend` \(3 errors, 0 warnings; see the log above\)/
assert !new File(basedir, 'target/scalegen').exists()
