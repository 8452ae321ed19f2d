package org.wuhealth.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** A severity option: one of the severities, or null for "none". */
  abstract static class SeverityOrNone implements ITypeConverter<Severity> {
    private final String option;

    SeverityOrNone(String option) {
      this.option = option;
    }

    @Override
    public Severity convert(String value) {
      if ("none".equals(value)) {
        return null;
      }
      return Severity.parse(value)
          .orElseThrow(
              () ->
                  new Invalid(
                      option
                          + " must be one of critical, high, medium, low, info, none; got '"
                          + value
                          + "'"));
    }
  }

  /** {@code --fail-on}. */
  static final class FailOn extends SeverityOrNone {
    FailOn() {
      super("--fail-on");
    }
  }

  /** {@code --warning-on} of {@code --format nagios}. */
  static final class WarningOn extends SeverityOrNone {
    WarningOn() {
      super("--warning-on");
    }
  }

  /** {@code --critical-on} of {@code --format nagios}. */
  static final class CriticalOn extends SeverityOrNone {
    CriticalOn() {
      super("--critical-on");
    }
  }

  /**
   * {@code --now}. A plain date means the end of that day in UTC, so that everything of that day (a
   * scan, an update released then) counts as past.
   */
  static final class Now implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      Optional<Instant> time = timeWithOffset(value);
      if (time.isPresent()) {
        return time.get();
      }
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

  /** {@code --collected-at} of {@code import}: an ISO-8601 time with offset. */
  static final class CollectedAt implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return timeWithOffset(value)
          .orElseThrow(
              () ->
                  new Invalid(
                      "--collected-at must be an ISO-8601 time with offset, e.g."
                          + " 2026-11-20T08:15:00Z; got '"
                          + value
                          + "'"));
    }
  }

  /**
   * An ISO-8601 time with offset (2026-11-20T08:15:00Z), or empty when {@code value} is not one.
   */
  private static Optional<Instant> timeWithOffset(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code --host-timeout}: a number with ms, s (the default unit) or m; 0 for no limit. */
  static final class HostTimeout implements ITypeConverter<Duration> {
    private static final Pattern TIME = Pattern.compile("(\\d{1,6})(ms|s|m)?");

    @Override
    public Duration convert(String value) {
      Matcher m = TIME.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new Invalid(
            "--host-timeout must be a number of seconds or minutes (30s, 2m, 0); got " + value);
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2) == null ? "s" : m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }

  /**
   * A whole number of seconds of at least 1 ({@code --source-timeout}, {@code --wmi-timeout}).
   * Picocli names the option in front of the message.
   */
  static final class Seconds implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Duration.ofSeconds(atLeastOne(value));
    }
  }

  /** A whole number of at least 1 ({@code --log-days}); picocli names the option. */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeastOne(value);
    }
  }

  private static int atLeastOne(String value) {
    int n;
    try {
      n = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
    if (n < 1) {
      throw new TypeConversionException("must be at least 1, got " + n);
    }
    return n;
  }

  /** A byte count of a log option ({@link Sizes}); picocli names the option. */
  static final class ByteCount implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Sizes.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
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
