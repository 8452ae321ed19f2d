package org.wuhealth.rules.api;

import java.util.Optional;

/** How sure a finding is, surest first (the declaration order is the ranking order). */
public enum Confidence implements LowerCaseLabel {
  CERTAIN,
  LIKELY,
  POSSIBLE;

  public static Optional<Confidence> parse(String label) {
    return LowerCaseLabel.parse(values(), label);
  }
}
