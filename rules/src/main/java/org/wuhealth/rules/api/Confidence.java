package org.wuhealth.rules.api;

import java.util.Locale;
import java.util.Optional;

/** How sure a finding is, surest first (the declaration order is the ranking order). */
public enum Confidence {
  CERTAIN,
  LIKELY,
  POSSIBLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Confidence> parse(String label) {
    for (Confidence c : values()) {
      if (c.label().equals(label)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
