package org.wuhealth.parsing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The times a snapshot can hold: ISO-8601 with a four-digit year, 0000 to 9999 in UTC. A reader
 * that turns a damaged line into a time outside it (a boot time of 31/12/9999 11 PM at UTC-3 is in
 * the year 10000 in UTC; a FILETIME of all ones is in 30828) must treat the time as unreadable, or
 * the snapshot it writes could not be read back.
 */
public final class TimeRange {
  private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private TimeRange() {}

  public static boolean fits(Instant time) {
    return !time.isBefore(FIRST) && !time.isAfter(LAST);
  }

  public static boolean fits(LocalDate date) {
    return date.getYear() >= 0 && date.getYear() <= 9999;
  }

  /** {@code time} when a snapshot can hold it, else empty. */
  public static Optional<Instant> within(Instant time) {
    return fits(time) ? Optional.of(time) : Optional.empty();
  }
}
