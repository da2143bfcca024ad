package dev.scalegen.core.validate.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The days on which a clock change of a zone hits a window time, grouped as a message names them:
 * the changes of one recurring rule by the rule ("the last Sunday of March", which holds every
 * year), changes the zone lists explicitly by how many there are and the first and last date.
 */
final class ChangeDays {

  /** One group: a change that stands for it (its clock times) and how its days are named. */
  record Group(ZoneOffsetTransition change, String days) {}

  private final ZoneId zone;
  private final Map<Object, List<LocalDate>> days = new LinkedHashMap<>();
  private final Map<Object, ZoneOffsetTransition> changes = new LinkedHashMap<>();

  ChangeDays(ZoneId zone) {
    this.zone = zone;
  }

  /** Records that {@code change} hits the window time on {@code day}. */
  void add(ZoneOffsetTransition change, LocalDate day) {
    ZoneOffsetTransitionRule rule = ZoneChanges.ruleOf(zone, change);
    Object key = rule != null ? rule : List.of(change.isGap(), change.getDateTimeBefore().toLocalTime(),
        change.getDateTimeAfter().toLocalTime());
    changes.putIfAbsent(key, change);
    days.putIfAbsent(key, new ArrayList<>());
    days.get(key).add(day);
  }

  List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<Object, List<LocalDate>> entry : days.entrySet()) {
      List<LocalDate> list = entry.getValue();
      String named = entry.getKey() instanceof ZoneOffsetTransitionRule rule ? relative(rule, list.get(0))
          : list.size() == 1 ? list.get(0).toString()
          : list.size() + " days from " + list.get(0) + " to " + list.get(list.size() - 1);
      groups.add(new Group(changes.get(entry.getKey()), named));
    }
    return groups;
  }

  /** The groups' days, joined with "and"; empty when nothing was added. */
  String joined() {
    List<String> named = new ArrayList<>();
    for (Group group : groups()) {
      named.add(group.days());
    }
    return String.join(" and ", named);
  }

  /** The rule's date, or the day before or after it when the hit falls there (a change at midnight). */
  private static String relative(ZoneOffsetTransitionRule rule, LocalDate day) {
    long shift = day.toEpochDay() - namedDate(rule, day.getYear()).toEpochDay();
    if (shift == 0) {
      return date(rule);
    }
    String which = rule.getDayOfWeek() == null ? "day" : name(day.getDayOfWeek());
    return "the " + which + (shift < 0 ? " before " : " after ") + date(rule);
  }

  /** The day a rule names in {@code year}, before its time of day is applied. */
  private static LocalDate namedDate(ZoneOffsetTransitionRule rule, int year) {
    int indicator = rule.getDayOfMonthIndicator();
    DayOfWeek weekday = rule.getDayOfWeek();
    if (indicator < 0) {
      LocalDate day = LocalDate.of(year, rule.getMonth(), 1).with(TemporalAdjusters.lastDayOfMonth())
          .plusDays(indicator + 1L);
      return weekday == null ? day : day.with(TemporalAdjusters.previousOrSame(weekday));
    }
    LocalDate day = LocalDate.of(year, rule.getMonth(), indicator);
    return weekday == null ? day : day.with(TemporalAdjusters.nextOrSame(weekday));
  }

  /** "the last Sunday of March", "the first Sunday on or after March 8", "March 21". */
  static String date(ZoneOffsetTransitionRule rule) {
    String month = rule.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    int day = rule.getDayOfMonthIndicator();
    if (rule.getDayOfWeek() == null) {
      return month + " " + day;
    }
    String weekday = name(rule.getDayOfWeek());
    if (day == -1 || day > 0 && day + 6 == rule.getMonth().maxLength()) {
      return "the last " + weekday + " of " + month;
    }
    if (day < 0) {
      return "the " + weekday + " on or before day " + (-day) + " from the end of " + month;
    }
    return "the first " + weekday + " on or after " + month + " " + day;
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
