package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WireFormat;

/**
 * Maps a snapshot v1 JSON tree onto the fact model: the reader's slow path, for a document the
 * {@link TokenBinder} left because something in it needs a message (a schema violation, an unknown
 * member) or is not in the usual form. Nothing here names a member: each record is read member by
 * member in component order, as {@link FactPaths} names them, and each value by its Java type (and
 * its {@link WireFormat}, where the type alone does not say), so a new member of the model is read
 * without a change here.
 */
final class SnapshotMapper {
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
    Reading[] readings = Reading.of(type);
    Object[] values = new Object[members.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = member(members.get(i), readings[i], fields);
    }
    return RecordConstructors.create(type, values);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object member(FactPaths.Member m, Reading reading, Fields f) {
    String name = m.name();
    return switch (reading) {
      case RECORD -> {
        Fields object = f.object(name);
        if (object == null) {
          yield null;
        }
        Object value = record((Class<? extends Record>) m.type(), object);
        object.finish();
        yield value;
      }
      case RECORD_LIST -> f.list(name, item -> record((Class<? extends Record>) m.type(), item));
      case TEXT -> f.text(name);
      case INTEGER -> f.integer(name);
      case REQUIRED_INTEGER -> f.requiredInteger(name);
      case LONG -> f.longValue(name);
      case REQUIRED_LONG -> f.requiredLong(name);
      case BOOLEAN -> f.bool(name);
      case INSTANT -> f.instant(name);
      case DATE -> f.date(name);
      case KB -> f.kb(name);
      case HRESULT -> f.hresult(name);
      case DATE_OR_INSTANT -> f.dateOrInstant(name);
      case STRINGS -> f.strings(name);
      case ENUM -> f.enumValue(name, (Class) m.type());
    };
  }
}
