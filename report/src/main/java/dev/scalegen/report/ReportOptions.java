package dev.scalegen.report;

import dev.scalegen.core.diag.Code;
import dev.scalegen.core.diag.Diagnostic;
import dev.scalegen.core.diag.Location;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * What a report is made with, built by the front ends: the week to draw (any day of it; the week
 * runs Monday to Sunday; the CLI and the Maven goal default to the current week, the library has
 * no default so that a report never depends on the clock unasked), and the price file, if any
 * ({@code prices} null: no cost, default node shape), reported under {@code pricesName}.
 */
public record ReportOptions(LocalDate week, Path prices, String pricesName) {

  public ReportOptions {
    Objects.requireNonNull(week, "week");
    if (prices != null && pricesName == null) {
      pricesName = prices.toString();
    }
  }

  /** The week of {@code week}, without prices. */
  public static ReportOptions of(LocalDate week) {
    return new ReportOptions(week, null, null);
  }

  /** These options with the price file {@code file}, reported as given. */
  public ReportOptions withPrices(Path file) {
    return new ReportOptions(week, file, file == null ? null : file.toString());
  }

  /** The Monday the report's week starts on. */
  public LocalDate monday() {
    return week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Reads a {@code --week} value: a date {@code YYYY-MM-DD}. */
  public record Week(LocalDate date, Diagnostic problem) {}

  /** The date {@code text} names, or the {@code SG506} usage error that says why it names none. */
  public static Week parseWeek(String text) {
    try {
      return new Week(LocalDate.parse(text.strip()), null);
    } catch (DateTimeParseException e) {
      return new Week(null, Diagnostic.of(Code.BAD_WEEK, Location.ofFile("--week"),
          "`--week` must be a date such as 2027-03-22, not `" + text + "`",
          "give any day of the week to report, as YYYY-MM-DD; the week runs from its Monday to its Sunday"));
    }
  }
}
