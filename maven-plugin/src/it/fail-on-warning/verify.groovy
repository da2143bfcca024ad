def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] scaling.yaml:8:15: warning[SG220]: stateful tier `cache` has `replicas: 3`')
assert log.contains('  hint: keep `replicas: 1`')
assert log =~ /on project fail-on-warning: scaling\.yaml:8:15: warning\[SG220\]: .* \(0 errors, 1 warning; see the log above\); failOnWarning \(scalegen\.failOnWarning\) is true/
