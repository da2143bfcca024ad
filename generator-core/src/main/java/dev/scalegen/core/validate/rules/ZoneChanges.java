package dev.scalegen.core.validate.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The clock changes of a time zone that windows are checked against, as the JDK's time-zone data
 * has them: every change from {@value #FIRST_YEAR} on. A zone lists its changes explicitly up to
 * some year ({@code Africa/Casablanca}, whose changes follow Ramadan, up to 2087 with no recurring
 * rule after) and may then follow recurring rules ({@code Europe/Berlin}). Rules on a day of the
 * week ("the last Sunday of March") give the same local days and times every year, so they are
 * followed up to the year after the last listed change (or after {@value #FIRST_YEAR}); a rule on a
 * fixed date ("March 21") for {@value #RULE_YEARS} years more, a whole cycle of the calendar, so
 * that it falls on every day of the week. The first year is fixed rather
 * than the current one so that diagnostics and manifests depend only on the spec and the JDK's data,
 * not on the day scalegen runs. Public because the compiler derives CronJob start deadlines from
 * the same changes.
 */
public final class ZoneChanges {

  static final int FIRST_YEAR = 2026;
  static final int RULE_YEARS = 28;

  private ZoneChanges() {}

  /** The zone's changes from {@value #FIRST_YEAR} on, in time order; none for a zone with a fixed offset. */
  public static List<ZoneOffsetTransition> of(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> listed = rules.getTransitions();
    int lastListed = listed.isEmpty() ? FIRST_YEAR : listed.get(listed.size() - 1).getDateTimeBefore().getYear();
    int ruleYears = 0;
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      ruleYears = Math.max(ruleYears, rule.getDayOfWeek() == null ? RULE_YEARS : 1);
    }
    int lastYear = Math.max(lastListed, FIRST_YEAR) + ruleYears;
    Instant end = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<ZoneOffsetTransition> changes = new ArrayList<>();
    Instant from = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(end);
        t = rules.nextTransition(t.getInstant())) {
      changes.add(t);
    }
    return changes;
  }

  /**
   * The changes of each zone, computed once per zone for one validation or one compile call: a spec
   * with 1,000 windows in {@code Europe/Berlin} read them 1,000 times per rule (docs/benchmarks.md,
   * "Daylight saving changes once per zone"). Created by the call that uses it and confined to its
   * thread, never shared: no global cache, so the library stays thread-safe without locks.
   */
  public static final class ByZone {
    private final Map<ZoneId, List<ZoneOffsetTransition>> changes = new HashMap<>();

    /** {@link ZoneChanges#of(ZoneId)}, the same list for every call with one zone. */
    public List<ZoneOffsetTransition> of(ZoneId zone) {
      return changes.computeIfAbsent(zone, z -> List.copyOf(ZoneChanges.of(z)));
    }
  }

  /** The recurring rule that made {@code change}, or {@code null} for a change the zone lists explicitly. */
  static ZoneOffsetTransitionRule ruleOf(ZoneId zone, ZoneOffsetTransition change) {
    int year = change.getDateTimeBefore().getYear();
    for (ZoneOffsetTransitionRule rule : zone.getRules().getTransitionRules()) {
      for (int y = year - 1; y <= year + 1; y++) {
        if (rule.createTransition(y).equals(change)) {
          return rule;
        }
      }
    }
    return null;
  }
}
