package dev.scalegen.core.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WindowWeekTest {

  /** The form the rules once matched times of day with; the hand-written check must agree with it. */
  private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

  @Test
  void aClockIsHoursZeroToTwentyThreeAndMinutesZeroToFiftyNine() {
    String chars = "0123456789:x ";
    // Every string of up to five characters from these: all the near misses of HH:MM.
    for (int length = 0; length <= 5; length++) {
      int[] digits = new int[length];
      while (true) {
        StringBuilder text = new StringBuilder();
        for (int d : digits) {
          text.append(chars.charAt(d));
        }
        String s = text.toString();
        if (length < 5 || s.charAt(2) == ':') {
          assertThat(WindowWeek.isClock(s)).as(s).isEqualTo(CLOCK.matcher(s).matches());
        }
        int i = length - 1;
        while (i >= 0 && ++digits[i] == chars.length()) {
          digits[i--] = 0;
        }
        if (i < 0) {
          break;
        }
      }
    }
    assertThat(WindowWeek.isClock(null)).isFalse();
    assertThat(WindowWeek.minute("23:59")).isEqualTo(23 * 60 + 59);
  }

  @Test
  void aStretchBeginsWhereItsPreviousMinuteIsClear() {
    java.util.BitSet minutes = new java.util.BitSet(WindowWeek.WEEK);
    assertThat(WindowWeek.firstStart(minutes)).isEqualTo(-1);
    minutes.set(4 * WindowWeek.DAY + 22 * 60, WindowWeek.WEEK); // Friday 22:00 to the end of Sunday
    minutes.set(0, 6 * 60); // and on into Monday 06:00
    assertThat(WindowWeek.describe(WindowWeek.firstStart(minutes))).isEqualTo("Fri 22:00");
    minutes.set(9 * 60, 10 * 60); // Monday 09:00 begins a stretch earlier in the week
    assertThat(WindowWeek.describe(WindowWeek.firstStart(minutes))).isEqualTo("Mon 09:00");
    minutes.set(0, WindowWeek.WEEK);
    assertThat(WindowWeek.firstStart(minutes)).isZero();
  }
}
