package dev.scalegen.core.adopt;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import dev.scalegen.core.spec.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code scalegen import}: reads existing manifests and makes a starting spec of them. Files are
 * found by {@link ManifestInputs}, parsed with positions by {@link ManifestParser}; each
 * Deployment and StatefulSet becomes a tier ({@link WorkloadReader}) scaled by its HPA or its
 * replicas ({@link ScaleDecision}), exposed as its Service says ({@link ServiceMatcher}); the spec is
 * written by {@link SpecYaml} with what each tier could not carry as comments, and validated like
 * any spec; in overlay mode ({@link ImportOptions#adopt()}) each tier adopts its workload instead
 * ({@link AdoptedTier}). Stateless and thread-safe; never prints, never writes a file.
 */
public final class Importer {

  private Importer() {}

  public static ImportResult run(List<Path> inputs, ImportOptions options) {
    String base = options.adopt() ? AdoptedTier.base(inputs, options.output()) : null;
    ManifestInputs.Read read = ManifestInputs.read(inputs);
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    List<SpecSource> sources = new ArrayList<>(read.kustomizations());
    sources.addAll(read.files());
    sources.forEach(s -> byFile.put(s.name(), new ArrayList<>()));
    for (Diagnostic d : read.diagnostics()) {
      byFile.computeIfAbsent(d.location().file(), f -> new ArrayList<>()).add(d);
    }
    List<ManifestDocument> workloads = new ArrayList<>();
    List<ManifestDocument> hpas = new ArrayList<>();
    List<ManifestDocument> services = new ArrayList<>();
    String namespace = read.namespace();
    for (SpecSource source : read.files()) {
      ManifestParser.Parsed parsed = ManifestParser.parse(source);
      byFile.get(source.name()).addAll(parsed.diagnostics());
      for (ManifestDocument d : parsed.documents()) {
        if (WorkloadReader.isWorkload(d)) {
          workloads.add(d);
          namespace = namespace != null ? namespace : d.tree().path("metadata").path("namespace").asText(null);
        } else if (HpaReader.isHpa(d)) {
          hpas.add(d);
        } else if (d.kind().equals("Service") && d.apiVersion().equals("v1")) {
          services.add(d);
        } else if (!d.kind().equals("Namespace") && base == null) {
          Findings f = new Findings(d);
          f.notCarried("/kind", d.describe(), "the spec makes workloads, HPAs, PDBs and Services; keep this object in the manifests");
          byFile.get(source.name()).addAll(f.diagnostics());
        }
      }
    }
    Assembly assembly = Assembly.of(workloads, hpas, services, options.name(), namespace, base);
    assembly.diagnostics().forEach(d -> byFile.computeIfAbsent(d.location().file(), f -> new ArrayList<>()).add(d));
    List<Result> manifests = new ArrayList<>();
    for (SpecSource s : sources) {
      manifests.add(new Result(Optional.of(s), Optional.empty(), byFile.remove(s.name())));
    }
    byFile.forEach((file, list) -> manifests.add(new Result(Optional.empty(), Optional.empty(), list)));
    if (assembly.spec().tiers().isEmpty()) {
      if (manifests.stream().allMatch(r -> r.valid())) {
        manifests.add(new Result(Optional.empty(), Optional.empty(), List.of(Diagnostic.of(Code.NO_WORKLOAD,
            Location.ofFile(inputs.isEmpty() ? "" : inputs.get(0).toString()),
            "no Deployment or StatefulSet (apps/v1) found in " + names(inputs),
            "name the files or folders that hold the workloads' manifests"))));
      }
      return new ImportResult(manifests, Optional.empty(), null);
    }
    List<String> header = base != null ? AdoptedTier.header(names(inputs)) : List.of(
        "Made by `scalegen import` from " + names(inputs) + ".",
        "A starting point: review each tier, then run `scalegen validate` and `scalegen generate`.",
        "The comments above a tier list what its manifests hold that the spec does not carry (SG408)",
        "and their mistakes that the spec does not repeat; scalegen names the generated objects",
        "`<metadata.name>-<tier>` with its own labels (see docs/import.md).");
    String text = SpecYaml.write(assembly.spec(), header, assembly.comments());
    Result validation = Generator.validate(new SpecSource(options.output(), text));
    return new ImportResult(manifests, Optional.of(text), validation);
  }

  private static String names(List<Path> inputs) {
    return String.join(", ", inputs.stream().map(p -> "`" + p + "`").toList());
  }
}
