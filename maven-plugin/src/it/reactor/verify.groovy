def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe')
['web', 'batch'].each { m ->
  assert new File(basedir, "$m/target/scalegen/base/kustomization.yaml").isFile()
  assert new File(basedir, "$m/target/scalegen/.scalegen-index").isFile()
  // Each module reports paths relative to its own directory.
  assert log.contains("[INFO] deploy/k8s is up to date with scaling.yaml")
}
assert new File(basedir, 'web/target/scalegen/base/backend/hpa.yaml').text.contains('name: web-backend')
assert new File(basedir, 'batch/target/scalegen/base/api/deployment.yaml').text.contains('name: batch-api')
assert log.contains('BUILD SUCCESS')
