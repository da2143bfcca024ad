def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'scaling.yaml').canonicalPath
assert log.contains("[WARNING] ${spec}:8:15: warning[SG220]: stateful tier `cache` has `replicas: 3`")
assert log.contains('  hint: keep `replicas: 1`')
assert log =~ /on project fail-on-warning: ${java.util.regex.Pattern.quote(spec)}:8:15: warning\[SG220\]: .* \(0 errors, 1 warning; see the log above\); failOnWarning \(scalegen\.failOnWarning\) is true/
