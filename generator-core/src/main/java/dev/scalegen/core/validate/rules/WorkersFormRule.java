package dev.scalegen.core.validate.rules;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.spec.ScalingSpec;
import dev.scalegen.core.spec.Tier;
import dev.scalegen.core.validate.Reporter;
import dev.scalegen.core.validate.Rule;

/**
 * {@code workers} passes its count to the container in exactly one way: a flag ({@code arg}) or an
 * environment variable ({@code env}) ({@code SG222}). A flag is appended to the container's
 * {@code args}, and Kubernetes' {@code args} replace the image's {@code CMD}: on a tier with neither
 * {@code command} nor {@code args}, the container would run {@code --workers 8} as its program
 * ({@code SG232}).
 */
public final class WorkersFormRule implements Rule {

  @Override
  public void check(ScalingSpec spec, Reporter report) {
    for (Tier tier : spec.tiers().values()) {
      String at = Pointers.tier(tier.name()) + "/workers";
      if (tier.workers() == null) {
        continue;
      }
      boolean arg = report.has(at + "/arg");
      boolean env = report.has(at + "/env");
      if (arg && env) {
        report.key(Code.WORKERS_FORM, at,
            "`workers` of tier `" + tier.name() + "` sets both `arg` and `env`; the count would be passed twice",
            "keep `arg` if the program reads a flag (`--workers`), or `env` if it reads a variable (`WEB_CONCURRENCY`)");
      } else if (!arg && !env) {
        report.key(Code.WORKERS_FORM, at,
            "`workers` of tier `" + tier.name() + "` sets neither `arg` nor `env`, so the count cannot reach the container",
            "add `arg: --workers` to pass the count as a flag, or `env: WEB_CONCURRENCY` as an environment variable");
      } else if (arg && !tier.adopted() && tier.command().isEmpty() && tier.args().isEmpty() && !report.has(Pointers.tier(tier.name()) + "/command")
          && !report.has(Pointers.tier(tier.name()) + "/args")) {
        report.value(Code.WORKERS_FLAG_WITHOUT_COMMAND, at + "/arg",
            "`workers.arg` of tier `" + tier.name() + "` makes `" + tier.workers().arg() + " "
                + tier.workers().count() + "` the container's whole argument list, which replaces the image's `CMD`",
            "right if the image's `ENTRYPOINT` takes the flag; otherwise set `command` (e.g. `[uvicorn, app.main:app]`) "
                + "so the flag is added to it, or pass the count with `env`");
      }
    }
  }
}
