package org.wuhealth.importers.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.parsing.TimeRange;

/**
 * Dates and times as Windows prints them in the user's locale: "3/17/2019", "17.03.2019",
 * "2019/1/24", "26-1-2019", optionally followed by a time such as "9:58:25 PM", "21:01:50" or "下午
 * 9:58:25". The order of day and month is decided once per file ({@link #orderOf}) from all its
 * dates, because one date alone ("3/5/2019") cannot tell.
 */
public final class LocalDates {
  private static final Pattern DATE = Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})");
  private static final Pattern TIME =
      Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,7}))?");
  private static final Pattern PM =
      Pattern.compile("(?i)((?<![a-z])p\\.?\\s?m\\.?(?![a-z])|下午|午後|오후)");
  private static final Pattern AM =
      Pattern.compile("(?i)((?<![a-z])a\\.?\\s?m\\.?(?![a-z])|上午|午前|오전)");

  private LocalDates() {}

  /** Which field of a numeric date is the year, the month and the day. */
  public enum Order {
    MONTH_DAY_YEAR,
    DAY_MONTH_YEAR,
    YEAR_MONTH_DAY
  }

  /** True when {@code text} contains a numeric date. */
  public static boolean containsDate(String text) {
    return DATE.matcher(text).find();
  }

  /**
   * The order that fits every date in {@code texts}: year first when the first number has four
   * digits; day first when some first number exceeds 12; month first when some second number does.
   * When the dates cannot tell, {@code fallback} (for example the order of the output's locale), or
   * without one: month first for slashes (the US and WMI form), day first for dots and dashes.
   */
  public static Order orderOf(Collection<String> texts, Order fallback) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    boolean slash = false;
    for (String text : texts) {
      Matcher m = DATE.matcher(text);
      if (!m.find()) {
        continue;
      }
      if (m.group(1).length() == 4) {
        return Order.YEAR_MONTH_DAY;
      }
      dayFirst |= Integer.parseInt(m.group(1)) > 12;
      monthFirst |= Integer.parseInt(m.group(3)) > 12;
      slash |= m.group(2).equals("/");
    }
    if (dayFirst != monthFirst) {
      return dayFirst ? Order.DAY_MONTH_YEAR : Order.MONTH_DAY_YEAR;
    }
    if (fallback != null) {
      return fallback;
    }
    return slash ? Order.MONTH_DAY_YEAR : Order.DAY_MONTH_YEAR;
  }

  /** The order of the short date format of {@code locale} ("M/d/yy" in en-US, "dd.MM.yy" in de). */
  public static Order orderOf(Locale locale) {
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
    int y = pattern.indexOf('y');
    int m = pattern.indexOf('M');
    int d = pattern.indexOf('d');
    if (y >= 0 && m >= 0 && y < m) {
      return Order.YEAR_MONTH_DAY;
    }
    return d >= 0 && m >= 0 && d < m ? Order.DAY_MONTH_YEAR : Order.MONTH_DAY_YEAR;
  }

  /** The first date in {@code text}, read in {@code order}. */
  public static Optional<LocalDate> date(String text, Order order) {
    Matcher m = DATE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    int c = Integer.parseInt(m.group(4));
    try {
      LocalDate date =
          switch (order) {
            case YEAR_MONTH_DAY -> LocalDate.of(a, b, c);
            case MONTH_DAY_YEAR -> LocalDate.of(year(c), a, b);
            case DAY_MONTH_YEAR -> LocalDate.of(year(c), b, a);
          };
      return Optional.of(date);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The date and the time after it ("3/20/2019, 9:58:25 PM"); empty without a time. */
  public static Optional<LocalDateTime> dateTime(String text, Order order) {
    Optional<LocalDate> date = date(text, order);
    Matcher d = DATE.matcher(text);
    if (date.isEmpty() || !d.find()) {
      return Optional.empty();
    }
    String rest = text.substring(d.end());
    Matcher t = TIME.matcher(rest);
    if (!t.find()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(t.group(1));
    // The marker stands just before the time (Chinese, Japanese, Korean) or just after it.
    String around =
        rest.substring(0, t.start())
            + " "
            + rest.substring(t.end(), Math.min(rest.length(), t.end() + 8));
    boolean pm = PM.matcher(around).find();
    boolean am = AM.matcher(around).find();
    if (pm && hour < 12) {
      hour += 12;
    } else if (am && hour == 12) {
      hour = 0;
    }
    try {
      int nanos = 0;
      if (t.group(4) != null) {
        nanos = Integer.parseInt((t.group(4) + "000000000").substring(0, 9));
      }
      LocalTime time =
          LocalTime.of(
              hour,
              Integer.parseInt(t.group(2)),
              t.group(3) == null ? 0 : Integer.parseInt(t.group(3)),
              nanos);
      return Optional.of(LocalDateTime.of(date.get(), time));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "/Date(1551484800000)/" (how Windows PowerShell serialises a DateTime) as an instant. */
  public static Optional<Instant> msAjaxDate(String text) {
    Matcher m = Pattern.compile("^/?Date\\((-?\\d+)(?:[+-]\\d{4})?\\)/?$").matcher(text.trim());
    Long millis = m.matches() ? Numbers.longOrNull(m.group(1)) : null;
    return millis == null ? Optional.empty() : TimeRange.within(Instant.ofEpochMilli(millis));
  }

  private static int year(int y) {
    return y < 100 ? 2000 + y : y;
  }
}
