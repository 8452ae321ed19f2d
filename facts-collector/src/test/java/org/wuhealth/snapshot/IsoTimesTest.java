package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast reading must never disagree with java.time: on each string it either gives java.time's
 * answer or null (and java.time then decides). Checked on the usual forms, the edges of every
 * field, and random one-character mutations of them.
 */
class IsoTimesTest {
  private static final List<String> INSTANTS =
      List.of(
          "2026-11-20T08:15:00Z",
          "2026-11-20T08:15:00.5Z",
          "2026-11-20T08:15:00.123456789Z",
          "2026-11-20T08:15:00+05:30",
          "2026-11-20T08:15:00-08:00",
          "2026-11-20T08:15:00.120-00:30",
          "0000-01-01T00:00:00+18:00",
          "9999-12-31T23:59:59-18:00",
          "2024-02-29T12:00:00Z");

  private static final List<String> DATES =
      List.of("2026-11-20", "2024-02-29", "0000-01-01", "9999-12-31");

  @Test
  void readsTheUsualFormsAsJavaTimeDoes() {
    for (String text : INSTANTS) {
      assertEquals(OffsetDateTime.parse(text).toInstant(), IsoTimes.instant(text), text);
    }
    for (String text : DATES) {
      assertEquals(LocalDate.parse(text), IsoTimes.date(text), text);
    }
  }

  @Test
  void leavesEveryOtherFormToJavaTime() {
    for (String text :
        List.of(
            "2026-11-20T08:15Z", // no seconds: valid, but not the usual form
            "2026-11-20t08:15:00z",
            "2026-11-20T08:15:00.Z",
            "2026-11-20T08:15:00.1234567891Z",
            "2026-11-20T08:15:00+05:30:15",
            "2026-11-20T24:00:00Z",
            "2026-11-20T23:59:60Z",
            "2026-02-30T00:00:00Z",
            "2026-11-20T08:15:00+18:30",
            "2026-11-20T08:15:00+05:75",
            "+2026-11-20T08:15:00Z",
            "2026-11-20 08:15:00Z",
            "")) {
      assertNull(IsoTimes.instant(text), text);
    }
    for (String text :
        List.of("2026-02-30", "2026-13-01", "2026-1-01", "20261120", "2026-11-20Z")) {
      assertNull(IsoTimes.date(text), text);
    }
  }

  @Test
  void neverDisagreesWithJavaTimeOnMutations() {
    Random random = new Random(20261203);
    String alphabet = "0123456789-+:.TZtz ";
    int fast = 0;
    for (String seed : concat(INSTANTS, DATES)) {
      for (int n = 0; n < 4000; n++) {
        StringBuilder s = new StringBuilder(seed);
        for (int edits = 1 + random.nextInt(2); edits > 0 && s.length() > 0; edits--) {
          int at = random.nextInt(s.length());
          char c = alphabet.charAt(random.nextInt(alphabet.length()));
          switch (random.nextInt(3)) {
            case 0 -> s.setCharAt(at, c);
            case 1 -> s.insert(at, c);
            default -> s.deleteCharAt(at);
          }
        }
        String text = s.toString();
        Instant instant = IsoTimes.instant(text);
        if (instant != null) {
          fast++;
          assertEquals(javaTimeInstant(text), instant, text);
        }
        LocalDate date = IsoTimes.date(text);
        if (date != null) {
          fast++;
          assertEquals(javaTimeDate(text), date, text);
        }
      }
    }
    // the mutations must reach the fast reading often enough to mean something
    assertTrue(fast > 1000, "mutations read by the fast path: " + fast);
  }

  private static Instant javaTimeInstant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate javaTimeDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
