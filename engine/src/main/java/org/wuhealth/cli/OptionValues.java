package org.wuhealth.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.wuhealth.rules.api.Severity;

/**
 * Option values that several commands share, parsed in one place. Each method throws an {@link
 * IllegalArgumentException} whose message is the usage error to print.
 */
final class OptionValues {
  private OptionValues() {}

  /** The {@code --fail-on} threshold; null for "none". */
  static Severity failOn(String text) {
    if ("none".equals(text)) {
      return null;
    }
    return Severity.parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--fail-on must be one of critical, high, medium, low, info, none; got '"
                        + text
                        + "'"));
  }

  /** The {@code --now} evaluation time; null when not given. */
  static Instant now(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--now must be an ISO-8601 time with offset, e.g. 2026-11-20T08:15:00Z; got '"
              + text
              + "'");
    }
  }

  /** The {@code --max-file-size} limit in bytes. */
  static long maxFileSize(String text) {
    try {
      return Sizes.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--max-file-size: " + e.getMessage());
    }
  }
}
