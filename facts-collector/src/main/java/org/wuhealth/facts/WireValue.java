package org.wuhealth.facts;

import java.util.Map;
import java.util.Optional;

/**
 * An enum constant with the exact spelling it has in snapshot format v1. The spellings are a public
 * contract (users write them in their own scripts), so they live next to the constants, not in the
 * JSON layer.
 */
public interface WireValue {
  String wire();

  /** Finds the constant spelled {@code text} exactly (case-sensitive, as the contract says). */
  static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String text) {
    return Optional.ofNullable(type.cast(WireSpellings.of(type).get(text)));
  }

  /** Every constant of {@code type} by its exact spelling, for a reader that looks up many. */
  static Map<String, Object> spellings(Class<?> type) {
    return WireSpellings.of(type);
  }
}
