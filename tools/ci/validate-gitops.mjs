// Validates Kubernetes objects in YAML files against the Argo CD and Flux CRD schemas of the
// @kubernetes-models packages: `node validate-gitops.mjs FILE...` prints "ok KIND NAME" for each
// object and exits 1 at the first invalid or unknown one. Used by GitOpsObjectsTest.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { Application, AppProject } from "@kubernetes-models/argo-cd/argoproj.io/v1alpha1";
import { Kustomization } from "@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1";
import { GitRepository } from "@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1";

const models = {
  "argoproj.io/v1alpha1/Application": Application,
  "argoproj.io/v1alpha1/AppProject": AppProject,
  "kustomize.toolkit.fluxcd.io/v1/Kustomization": Kustomization,
  "source.toolkit.fluxcd.io/v1/GitRepository": GitRepository,
};
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    const object = doc.toJS();
    const Model = models[`${object.apiVersion}/${object.kind}`];
    if (!Model) {
      console.log(`unknown ${object.apiVersion} ${object.kind} in ${file}`);
      process.exit(1);
    }
    try {
      new Model(object).validate();
    } catch (e) {
      console.log(`invalid ${object.kind} ${object.metadata?.name} in ${file}: ${e.message}`);
      process.exit(1);
    }
    console.log(`ok ${object.kind} ${object.metadata.name}`);
  }
}
