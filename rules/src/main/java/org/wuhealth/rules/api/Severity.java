package org.wuhealth.rules.api;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is, worst first (the declaration order is the ranking order). */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  /** The spelling used in metadata, options and reports: "critical", "high", ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Severity> parse(String label) {
    for (Severity s : values()) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when this severity is {@code threshold} or worse. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
