package org.wuhealth.rules.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum spelled in metadata, options and reports by its constant's name in lower case
 * ("critical", "likely", ...).
 */
public interface LowerCaseLabel {
  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  /** The spelling used in metadata, options and reports: "critical", "likely", ... */
  default String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The one of {@code constants} spelled {@code label}, if any. */
  static <E extends LowerCaseLabel> Optional<E> parse(E[] constants, String label) {
    return Arrays.stream(constants).filter(c -> c.label().equals(label)).findFirst();
  }
}
