package org.wuhealth.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.wuhealth.rules.api.RuleSettings;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.api.Symptom;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed converters of option values that several commands share. Picocli converts while it
 * parses, so a bad value is one usage line (exit 2) before anything runs; {@link UsageErrors}
 * prints an {@link Invalid} message as it is, since it names the option itself.
 */
final class OptionValues {
  /** A value the user gave that does not parse; the message names the option and what it wants. */
  static final class Invalid extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  private OptionValues() {}

  /** {@code --fail-on}: a severity, or null for "none". */
  static final class FailOn implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
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
  }

  /**
   * {@code --now}. A plain date means the end of that day in UTC, so that everything of that day (a
   * scan, an update released then) counts as past.
   */
  static final class Now implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
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
  }

  /** {@code --max-file-size}: a byte count ({@link Sizes}). */
  static final class MaxFileSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Sizes.parse(value);
      } catch (IllegalArgumentException e) {
        throw new Invalid("--max-file-size: " + e.getMessage());
      }
    }
  }

  /** {@code --scan-max-age}: the rule settings, a whole number of days of at least 1. */
  static final class ScanMaxAge implements ITypeConverter<RuleSettings> {
    @Override
    public RuleSettings convert(String value) {
      int days;
      try {
        days = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        // picocli's own wording for an int option, which --scan-max-age was
        throw new TypeConversionException("'" + value + "' is not an int");
      }
      if (days < 1) {
        throw new Invalid("--scan-max-age must be at least 1 day; got " + days);
      }
      return new RuleSettings(days);
    }
  }

  /** {@code --symptom}: one of the symptoms a user can declare. */
  static final class DeclaredSymptom implements ITypeConverter<String>, Iterable<String> {
    @Override
    public String convert(String value) {
      if (!Symptom.declarableLabels().contains(value)) {
        throw new Invalid(
            "--symptom must be one of "
                + String.join(", ", Symptom.declarableLabels())
                + "; got '"
                + value
                + "'");
      }
      return value;
    }

    /** The completion candidates, which the option's description lists. */
    @Override
    public Iterator<String> iterator() {
      return Symptom.declarableLabels().iterator();
    }
  }
}
