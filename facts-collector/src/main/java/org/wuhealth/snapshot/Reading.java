package org.wuhealth.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.WireFormat;
import org.wuhealth.facts.WireValue;

/**
 * How a value member is read from JSON, decided once per member from its Java type and its {@link
 * WireFormat}: the tree mapper of the slow path and the token binder of the fast path both read by
 * it, so they cannot disagree on which reading a member gets.
 */
enum Reading {
  TEXT,
  INTEGER,
  REQUIRED_INTEGER,
  LONG,
  REQUIRED_LONG,
  BOOLEAN,
  INSTANT,
  DATE,
  KB,
  HRESULT,
  DATE_OR_INSTANT,
  STRINGS,
  ENUM,
  RECORD,
  RECORD_LIST;

  private static final ClassValue<Reading[]> OF_TYPE =
      new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Reading[] computeValue(Class<?> type) {
          return FactPaths.members((Class<? extends Record>) type).stream()
              .map(Reading::of)
              .toArray(Reading[]::new);
        }
      };

  /** The readings of {@code type}'s members, in {@link FactPaths#members} order. */
  static Reading[] of(Class<? extends Record> type) {
    return OF_TYPE.get(type);
  }

  private static Reading of(FactPaths.Member m) {
    switch (m.kind()) {
      case RECORD -> {
        return RECORD;
      }
      case RECORD_LIST -> {
        return RECORD_LIST;
      }
      case VALUE -> {
        return value(m);
      }
    }
    throw new IllegalStateException("unknown member kind " + m.kind());
  }

  private static Reading value(FactPaths.Member m) {
    WireFormat format = m.component().getAnnotation(WireFormat.class);
    if (format != null) {
      return switch (format.value()) {
        case KB -> KB;
        case HRESULT -> HRESULT;
        case DATE_OR_INSTANT -> DATE_OR_INSTANT;
      };
    }
    Class<?> type = m.type();
    if (m.component().getType() == List.class && type == String.class) {
      return STRINGS;
    }
    if (type == String.class) {
      return TEXT;
    }
    if (type == Integer.class || type == int.class) {
      return type.isPrimitive() ? REQUIRED_INTEGER : INTEGER;
    }
    if (type == Long.class || type == long.class) {
      return type.isPrimitive() ? REQUIRED_LONG : LONG;
    }
    if (type == Boolean.class) {
      return BOOLEAN;
    }
    if (type == Instant.class) {
      return INSTANT;
    }
    if (type == LocalDate.class) {
      return DATE;
    }
    if (type.isEnum() && WireValue.class.isAssignableFrom(type)) {
      return ENUM;
    }
    throw new IllegalStateException(
        "no JSON reading for a " + m.component().getGenericType() + " in the fact model");
  }
}
