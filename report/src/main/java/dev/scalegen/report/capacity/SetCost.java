package dev.scalegen.report.capacity;

/**
 * What a set costs with the user's prices: per hour at every tier's own minimum and maximum, and over
 * the report's week following the schedules (at the minima, and at the maxima, in effect at each
 * time). A month is {@value #HOURS_PER_MONTH} hours (8,760 / 12).
 */
public record SetCost(String currency, double hourAtMin, double hourAtMax, double weekAtMin, double weekAtMax) {

  public static final double HOURS_PER_MONTH = 730;

  public double monthAtMin() {
    return hourAtMin * HOURS_PER_MONTH;
  }

  public double monthAtMax() {
    return hourAtMax * HOURS_PER_MONTH;
  }

  /** The week's cost at the minima as a month: times 730 / 168. */
  public double monthFollowingSchedulesAtMin() {
    return weekAtMin * HOURS_PER_MONTH / 168;
  }

  public double monthFollowingSchedulesAtMax() {
    return weekAtMax * HOURS_PER_MONTH / 168;
  }
}
