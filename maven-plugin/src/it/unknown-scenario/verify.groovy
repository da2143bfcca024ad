// The core reports the unknown name (SG236) like any diagnostic, at the spec's `scenarios` key with
// a did-you-mean hint; the build fails on it and writes nothing, not even the sets that do exist.
def log = new File(basedir, 'build.log').text
// Located by absolute path, as every diagnostic in the Maven log (see invalid-spec).
def spec = new File(basedir, 'scaling.yaml').canonicalPath
assert log.contains("[ERROR] ${spec}:12:1: error[SG236]: the options select set `blackfriday`, which is neither the baseline `base` nor a scenario of the spec")
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal dev\.scalegen:scalegen-maven-plugin:[^:]+:generate \(default\) on project unknown-scenario: ${java.util.regex.Pattern.quote(spec)}:12:1: error\[SG236\]: /
assert !new File(basedir, 'target/scalegen').exists()
