package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WireFormat;
import org.wuhealth.facts.WireValue;

/**
 * Maps a snapshot v1 JSON tree onto the fact model. Nothing here names a member: each record is
 * read member by member in component order, as {@link FactPaths} names them, and each value by its
 * Java type (and its {@link WireFormat}, where the type alone does not say), so a new member of the
 * model is read without a change here.
 */
final class SnapshotMapper {
  /** How a member of each plain Java type is read (a primitive one is required). */
  private static final Map<Class<?>, BiFunction<Fields, String, Object>> READS =
      Map.of(
          String.class, Fields::text,
          Integer.class, Fields::integer,
          int.class, Fields::requiredInteger,
          Long.class, Fields::longValue,
          long.class, Fields::requiredLong,
          Boolean.class, Fields::bool,
          Instant.class, Fields::instant,
          LocalDate.class, Fields::date);

  private static final ClassValue<Constructor<?>> CONSTRUCTORS =
      new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
          Class<?>[] parameters =
              java.util.Arrays.stream(type.getRecordComponents())
                  .map(RecordComponent::getType)
                  .toArray(Class<?>[]::new);
          try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameters);
            // the fact records are public; skipping the access check on every instance is the
            // point (it showed in the mapping profile)
            constructor.setAccessible(true);
            return constructor;
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
          }
        }
      };

  private SnapshotMapper() {}

  static Snapshot map(JsonNode root, MappingContext context) {
    Fields f = new Fields(root, "", context);
    Integer version = f.integer("schemaVersion");
    if (version == null || version != Snapshot.SCHEMA_VERSION) {
      throw context.error(
          root.get("schemaVersion"),
          "/schemaVersion",
          "unsupported schemaVersion "
              + version
              + "; this wuhealth reads version "
              + Snapshot.SCHEMA_VERSION);
    }
    Snapshot snapshot = record(Snapshot.class, f);
    f.finish();
    if (snapshot.collectedAt() == null) {
      throw context.error(root, "/collectedAt", "collectedAt is required");
    }
    if (snapshot.os() == null) {
      throw context.error(root, "/os", "the os section is required");
    }
    return snapshot;
  }

  /** A record from its members; the caller checks the object for unknown members afterwards. */
  private static <T extends Record> T record(Class<T> type, Fields fields) {
    List<FactPaths.Member> members = FactPaths.members(type);
    if (fields.context().checkSchema()) {
      BindingRules.Rule[] rules = BindingRules.of(type);
      for (int i = 0; i < rules.length; i++) {
        if (!rules[i].accepts(fields.peek(members.get(i).name()))) {
          throw fields.context().error(null, "", "outside the schema: " + members.get(i).name());
        }
      }
    }
    Object[] values = new Object[members.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = member(members.get(i), fields);
    }
    try {
      return type.cast(CONSTRUCTORS.get(type).newInstance(values));
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot create a " + type.getSimpleName(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object member(FactPaths.Member m, Fields f) {
    String name = m.name();
    Class<?> type = m.type();
    switch (m.kind()) {
      case RECORD -> {
        Fields object = f.object(name);
        if (object == null) {
          return null;
        }
        Object value = record((Class<? extends Record>) type, object);
        object.finish();
        return value;
      }
      case RECORD_LIST -> {
        return f.list(name, item -> record((Class<? extends Record>) type, item));
      }
      case VALUE -> {
        return value(m, f);
      }
    }
    throw new IllegalStateException("unknown member kind " + m.kind());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(FactPaths.Member m, Fields f) {
    String name = m.name();
    Class<?> type = m.type();
    WireFormat format = m.component().getAnnotation(WireFormat.class);
    if (format != null) {
      return switch (format.value()) {
        case KB -> f.kb(name);
        case HRESULT -> f.hresult(name);
        case DATE_OR_INSTANT -> f.dateOrInstant(name);
      };
    }
    if (m.component().getType() == List.class && type == String.class) {
      return f.strings(name);
    }
    BiFunction<Fields, String, Object> read = READS.get(type);
    if (read != null) {
      return read.apply(f, name);
    }
    if (type.isEnum() && WireValue.class.isAssignableFrom(type)) {
      return f.enumValue(name, (Class) type);
    }
    throw new IllegalStateException(
        "no JSON reading for a " + m.component().getGenericType() + " in the fact model");
  }
}
