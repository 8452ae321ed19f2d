package org.wuhealth.facts;

import java.util.HashMap;
import java.util.Map;

/**
 * The constants of each {@link WireValue} enum by spelling, built once per enum: a snapshot reads
 * an enum value for every update, package and service it lists.
 */
final class WireSpellings {
  private static final ClassValue<Map<String, Object>> BY_SPELLING =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> spellings = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            spellings.putIfAbsent(((WireValue) constant).wire(), constant);
          }
          return Map.copyOf(spellings);
        }
      };

  private WireSpellings() {}

  static Map<String, Object> of(Class<?> type) {
    return BY_SPELLING.get(type);
  }
}
