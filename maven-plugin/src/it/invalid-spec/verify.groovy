// Every problem is logged at once, located relative to the project, with its source line and hint;
// the failure message starts with the first one; nothing is generated.
def log = new File(basedir, 'build.log').text
// Located by absolute path, as maven-compiler-plugin does: clickable from wherever Maven started.
def spec = new File(basedir, 'scaling.yaml').canonicalPath
assert log.contains("[ERROR] ${spec}:5:3: error[SG204]: tier `backend` sets neither `replicas` nor `autoscaling`")
assert log.contains("[ERROR] ${spec}:8:5: error[SG101]: unknown key `autoscalng` in `tiers.backend`")
assert log.contains('    8 |     autoscalng: { min: 2, max: 10, cpu: 70% }')
assert log.contains('  hint: did you mean `autoscaling`?')
assert log.contains("[ERROR] ${spec}:11:5: error[SG203]")
assert log.contains("[ERROR] ${spec}:12:41: error[SG205]")
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal dev\.scalegen:scalegen-maven-plugin:[^:]+:validate \(default\) on project invalid-spec: ${java.util.regex.Pattern.quote(spec)}:5:3: error\[SG204\]: .* \(4 errors, 0 warnings; see the log above\)/
assert !new File(basedir, 'target/scalegen').exists()
