package dev.scalegen.report.capacity;

import dev.scalegen.core.diag.Diagnostic;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the report shows, as values: the spec's name and namespace, the week (its Monday, the
 * zone its times are in, the UTC offsets in that week), every set, the diagnostics that concern no
 * tier, and the currency ({@code null} without prices: then no cost and no currency anywhere).
 */
public record CapacityReport(String spec, String namespace, LocalDate monday, ZoneId zone, String offsets,
    List<SetCapacity> sets, List<Diagnostic> diagnostics, String currency) {

  public CapacityReport {
    sets = List.copyOf(sets);
    diagnostics = List.copyOf(diagnostics);
  }
}
