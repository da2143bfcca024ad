package dev.scalegen.report.capacity;

import java.util.List;

/**
 * The lowest or highest capacity of a set over the week: the totals (at every tier's minimum for
 * the lowest, at its maximum for the highest) and when they hold, as stretches of the chart zone's
 * wall clock ({@code Mon 22 Mar 22:00 – Tue 23 Mar 06:00}).
 */
public record WeekExtreme(Amount amount, List<String> when) {

  public WeekExtreme {
    when = List.copyOf(when);
  }
}
