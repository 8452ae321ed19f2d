package org.wuhealth.rules.api;

import java.util.Optional;

/** How bad a finding is, worst first (the declaration order is the ranking order). */
public enum Severity implements LowerCaseLabel {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  public static Optional<Severity> parse(String label) {
    return LowerCaseLabel.parse(values(), label);
  }

  /** True when this severity is {@code threshold} or worse. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
