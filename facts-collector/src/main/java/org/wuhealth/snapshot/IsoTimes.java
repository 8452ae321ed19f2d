package org.wuhealth.snapshot;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the one form of date and date-time that snapshot writers use ({@code 2026-11-20} and {@code
 * 2026-11-20T08:15:00Z}, with optional fraction and numeric offset) without java.time's general
 * formatter, which builds a map of fields per value and was a tenth of reading a snapshot of 250
 * updates. Anything else, valid or not, gives null, and the caller asks java.time: it decides what
 * the other forms mean and words the error, so the answers are the same as before.
 */
final class IsoTimes {
  private IsoTimes() {}

  /** {@code YYYY-MM-DD}, or null. */
  static LocalDate date(String text) {
    if (text.length() != 10 || !dateAt(text, 0)) {
      return null;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+HH:MM|-HH:MM)}, or null. */
  static Instant instant(String text) {
    int length = text.length();
    if (length < 20
        || !dateAt(text, 0)
        || text.charAt(10) != 'T'
        || !twoDigits(text, 11)
        || text.charAt(13) != ':'
        || !twoDigits(text, 14)
        || text.charAt(16) != ':'
        || !twoDigits(text, 17)) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < length && i - start < 9 && isDigit(text.charAt(i))) {
        nanos = nanos * 10 + (text.charAt(i) - '0');
        i++;
      }
      int count = i - start;
      if (count == 0) {
        return null;
      }
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, i);
    if (offset == null) {
      return null;
    }
    try {
      return LocalDateTime.of(
              digits(text, 0, 4),
              digits(text, 5, 2),
              digits(text, 8, 2),
              digits(text, 11, 2),
              digits(text, 14, 2),
              digits(text, 17, 2),
              nanos)
          .toInstant(offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code Z} or {@code ±HH:MM} ending the text at {@code i}, or null. */
  private static ZoneOffset offset(String text, int i) {
    int rest = text.length() - i;
    if (rest == 1 && text.charAt(i) == 'Z') {
      return ZoneOffset.UTC;
    }
    char sign = rest == 6 ? text.charAt(i) : 0;
    if ((sign != '+' && sign != '-')
        || !twoDigits(text, i + 1)
        || text.charAt(i + 3) != ':'
        || !twoDigits(text, i + 4)) {
      return null;
    }
    int hours = digits(text, i + 1, 2);
    int minutes = digits(text, i + 4, 2);
    try {
      return sign == '+'
          ? ZoneOffset.ofHoursMinutes(hours, minutes)
          : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean dateAt(String text, int i) {
    return twoDigits(text, i)
        && twoDigits(text, i + 2)
        && text.charAt(i + 4) == '-'
        && twoDigits(text, i + 5)
        && text.charAt(i + 7) == '-'
        && twoDigits(text, i + 8);
  }

  private static boolean twoDigits(String text, int i) {
    return isDigit(text.charAt(i)) && isDigit(text.charAt(i + 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
