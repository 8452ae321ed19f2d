package org.wuhealth.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.wuhealth.rules.api.Severity;

/** Parsing of option values that several commands share; a bad value is one usage line. */
final class OptionValues {
  /** A value the user gave that does not parse; the message says what was expected. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  private OptionValues() {}

  /** The --fail-on threshold; null for "none". */
  static Severity failOn(String value) throws Invalid {
    if ("none".equals(value)) {
      return null;
    }
    return Severity.parse(value)
        .orElseThrow(
            () ->
                new Invalid(
                    "--fail-on must be one of critical, high, medium, low, info, none; got '"
                        + value
                        + "'"));
  }

  /**
   * The --now time; null when the option was not given. A plain date means the end of that day in
   * UTC, so that everything of that day (a scan, an update released then) counts as past.
   */
  static Instant now(String value) throws Invalid {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value).atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notADate) {
        throw new Invalid(
            "--now must be a date (2026-11-20) or an ISO-8601 time with offset"
                + " (2026-11-20T08:15:00Z); got '"
                + value
                + "'");
      }
    }
  }

  /** The --max-file-size limit in bytes. */
  static long maxFileSize(String value) throws Invalid {
    try {
      return Sizes.parse(value);
    } catch (IllegalArgumentException e) {
      throw new Invalid("--max-file-size: " + e.getMessage());
    }
  }
}
