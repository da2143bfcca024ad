package dev.scalegen.report.runbook;

import dev.scalegen.core.Generator;
import dev.scalegen.core.Options;
import dev.scalegen.core.Result;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Severity;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.SpecSource;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.report.runbook.RunbookModel.AppCommand;
import dev.scalegen.report.runbook.RunbookModel.SetView;
import dev.scalegen.report.runbook.RunbookModel.TierView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The operators' runbook of a spec, in Markdown: which set is applied where and how to switch, each
 * tier's objects by their real names, what each schedule does and when (local time and UTC) and how
 * to pause it, the commands to watch scaling, what never to do and why, and troubleshooting. Built
 * from the objects {@link Generator#generate} compiles (every set), so every name, namespace and
 * label in it is one of the generated manifests; rendered by a template ({@link RunbookTemplate}).
 * Like the core: stateless, thread-safe, never prints or exits; a bad spec comes back as
 * diagnostics. See {@code docs/runbook.md}.
 */
public final class Runbook {

  private Runbook() {}

  /** Reads, validates and compiles the spec at {@code file} (named {@code name} in diagnostics) and writes its runbook. */
  public static RunbookResult generate(Path file, String name, RunbookOptions options) {
    return of(Generator.generate(file, name, compileOptions(options)), options);
  }

  /** As {@link #generate(Path, String, RunbookOptions)}, for a spec's text. */
  public static RunbookResult generate(SpecSource source, RunbookOptions options) {
    return of(Generator.generate(source, compileOptions(options)), options);
  }

  private static Options compileOptions(RunbookOptions options) {
    return Objects.requireNonNull(options, "options").compileOptions();
  }

  /**
   * The runbook of a generation of every set. No runbook when it has an error, or for a spec in
   * overlay mode ({@code base}), whose workloads, labels and names are the team's own manifests
   * rather than generated objects ({@link RunbookResult#unsupported()} says so).
   */
  public static RunbookResult of(Result generated, RunbookOptions options) {
    if (!generated.valid() || generated.spec().isEmpty() || generated.manifests().isEmpty()) {
      return RunbookResult.without(generated);
    }
    ScalingSpec spec = generated.spec().get();
    if (spec.overlay()) {
      return RunbookResult.unsupported(generated, "a spec in overlay mode (`base`) scales the team's own "
          + "workloads, whose names and labels are not generated; a runbook is made for specs that generate them");
    }
    return RunbookResult.of(generated, RunbookTemplate.render(model(spec, generated, options)));
  }

  private static RunbookModel model(ScalingSpec spec, Result generated, RunbookOptions options) {
    GeneratedSets sets = GeneratedSets.of(generated.manifests());
    String namespace = spec.metadata().namespace();
    String ns = namespace == null ? "" : " -n " + namespace;
    List<TierView> tiers = new ArrayList<>();
    List<AppCommand> commands = new ArrayList<>();
    for (Tier tier : spec.tiers().values()) {
      TierView view = TierViews.of(sets, Options.BASELINE, tier);
      tiers.add(view);
      commands.addAll(AppCommands.of(tier, view, ns));
    }
    SetView baseline = SetViews.of(spec, sets, Options.BASELINE, options, ns);
    List<SetView> scenarios = sets.names().stream().filter(s -> !s.equals(Options.BASELINE))
        .map(s -> SetViews.of(spec, sets, s, options, ns)).toList();
    List<String> warnings = generated.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
        .map(Runbook::warning).toList();
    return new RunbookModel(spec.metadata().name(), namespace, ns, options.specPath(), options.manifestsDirectory(),
        baseline, scenarios, sets.names(), SetViews.capacity(spec, sets), tiers,
        ScheduleViews.of(spec.schedules(), sets), PlacedViews.of(spec, sets, Options.BASELINE), commands, warnings);
  }

  private static String warning(Diagnostic d) {
    String at = d.location() == null || d.location().line() <= 0 ? "" : " (line " + d.location().line() + ")";
    return d.code().id() + at + ": " + d.message() + (d.hint() == null ? "" : "; " + d.hint());
  }
}
