package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.AllowedValues;
import org.wuhealth.facts.Const;
import org.wuhealth.facts.Description;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Matches;
import org.wuhealth.facts.Range;
import org.wuhealth.facts.Required;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WireAfter;
import org.wuhealth.facts.WireFormat;
import org.wuhealth.facts.WireValue;

/**
 * The published JSON Schema of snapshot format v1, generated from the fact model: the records give
 * the members (through {@link FactPaths}, so JSON names and {@code @WireName} agree with the reader
 * and writer) and their types; their annotations say what the types do not ({@link Description},
 * {@link Required}, {@link Matches}, {@link Range}, {@link AllowedValues}, {@link Const}, {@link
 * WireAfter}). {@code snapshot-v1.schema.json} is this generator's output, checked in because users
 * validate their exports with it; {@code SchemaGeneratorTest} fails when the two differ and
 * rewrites the file with {@code -Dwuhealth.updateGolden=true}.
 *
 * <p>The rules: a primitive or {@link Required} member is listed in {@code required} and may not be
 * null; any other member may be null (not collected). Text, numbers and booleans have their JSON
 * type, a {@link WireValue} enum its spellings, times, dates, KB numbers and error codes a
 * reference to one of the definitions below, a record an object with its members, a list an array
 * of its items.
 */
public final class SchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEFS = "#/$defs/";

  private SchemaGenerator() {}

  /** The whole schema, keys in a fixed order: the checked-in file is this, pretty-printed. */
  public static ObjectNode schema() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://wuhealth.org/schema/snapshot-v1.schema.json");
    root.put("title", "wuhealth snapshot, format v" + Snapshot.SCHEMA_VERSION);
    root.put("description", Snapshot.class.getAnnotation(Description.class).value());
    root.put("type", "object");
    object(Snapshot.class, root);
    root.set("$defs", definitions());
    return root;
  }

  /** The schema of one record type, alone (for tests of the rules above). */
  static ObjectNode object(Class<? extends Record> type) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    object(type, node);
    return node;
  }

  /** The members of a record type as {@code required} and {@code properties} of {@code node}. */
  private static void object(Class<?> type, ObjectNode node) {
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    for (FactPaths.Member m : wireOrder(type)) {
      properties.set(m.name(), member(m));
      if (isRequired(m.component())) {
        required.add(m.name());
      }
    }
    // What an object must have first, where a reader sees it before the list of its members.
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.set("properties", properties);
  }

  /** Component order, except where a member says it follows another ({@link WireAfter}). */
  static List<FactPaths.Member> wireOrder(Class<?> type) {
    @SuppressWarnings("unchecked")
    List<FactPaths.Member> components = FactPaths.members((Class<? extends Record>) type);
    List<FactPaths.Member> ordered = new ArrayList<>(components);
    for (FactPaths.Member m : components) {
      WireAfter after = m.component().getAnnotation(WireAfter.class);
      if (after == null) {
        continue;
      }
      ordered.remove(m);
      int previous = indexOf(ordered, after.value());
      if (previous < 0) {
        throw new IllegalStateException(
            where(m.component()) + " follows " + after.value() + ", which is not a member");
      }
      ordered.add(previous + 1, m);
    }
    return ordered;
  }

  private static int indexOf(List<FactPaths.Member> members, String name) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isRequired(RecordComponent c) {
    return c.getType().isPrimitive() || c.isAnnotationPresent(Required.class);
  }

  private static ObjectNode member(FactPaths.Member m) {
    RecordComponent c = m.component();
    boolean nullable = !isRequired(c);
    ObjectNode node = NODES.objectNode();
    switch (m.kind()) {
      case RECORD -> {
        node.set("type", type("object", nullable));
        describe(node, c);
        object(m.type(), node);
      }
      case RECORD_LIST -> {
        node.set("type", type("array", nullable));
        describe(node, c);
        ObjectNode items = node.putObject("items");
        items.put("type", "object");
        object(m.type(), items);
      }
      case VALUE -> value(m, nullable, node);
    }
    return node;
  }

  private static void value(FactPaths.Member m, boolean nullable, ObjectNode node) {
    RecordComponent c = m.component();
    Class<?> type = m.type();
    Const fixed = c.getAnnotation(Const.class);
    String reference = reference(c, type);
    if (fixed != null) {
      node.put("const", fixed.value());
      describe(node, c);
    } else if (c.getType() == List.class && type == String.class) {
      node.set("type", type("array", nullable));
      describe(node, c);
      AllowedValues allowed = c.getAnnotation(AllowedValues.class);
      // As published: the spellings alone say that an item is text.
      node.set(
          "items",
          allowed == null
              ? NODES.objectNode().put("type", "string")
              : NODES.objectNode().set("enum", spellings(List.of(allowed.value()), false)));
    } else if (reference != null) {
      ObjectNode ref = NODES.objectNode().put("$ref", DEFS + reference);
      if (nullable) {
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.add(ref);
        anyOf.addObject().put("type", "null");
      } else {
        node.setAll(ref);
      }
      describe(node, c);
    } else if (type == String.class) {
      node.set("type", type("string", nullable));
      describe(node, c);
      AllowedValues allowed = c.getAnnotation(AllowedValues.class);
      if (allowed != null) {
        node.set("enum", spellings(List.of(allowed.value()), nullable));
      }
      Matches pattern = c.getAnnotation(Matches.class);
      if (pattern != null) {
        node.put("pattern", pattern.value());
      }
    } else if (isInteger(type)) {
      node.set("type", type("integer", nullable));
      describe(node, c);
      Range range = c.getAnnotation(Range.class);
      if (range != null && range.min() != Long.MIN_VALUE) {
        node.put("minimum", range.min());
      }
      if (range != null && range.max() != Long.MAX_VALUE) {
        node.put("maximum", range.max());
      }
    } else if (type == Boolean.class || type == boolean.class) {
      node.set("type", type("boolean", nullable));
      describe(node, c);
    } else if (type.isEnum() && WireValue.class.isAssignableFrom(type)) {
      node.set("type", type("string", nullable));
      describe(node, c);
      List<String> wires = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        wires.add(((WireValue) constant).wire());
      }
      node.set("enum", spellings(wires, nullable));
    } else {
      throw new IllegalStateException("no JSON Schema for " + where(c));
    }
    misplaced(c, type);
  }

  /** The definition a member refers to, or null when its type is written out in place. */
  private static String reference(RecordComponent c, Class<?> type) {
    WireFormat format = c.getAnnotation(WireFormat.class);
    if (format != null) {
      return switch (format.value()) {
        case KB -> "kb";
        case HRESULT -> "hresult";
        case DATE_OR_INSTANT -> "dateOrInstant";
      };
    }
    if (type == Instant.class) {
      return "instant";
    }
    if (type == LocalDate.class) {
      return "date";
    }
    return null;
  }

  /** An annotation the generator would otherwise ignore is a mistake in the model: say so. */
  private static void misplaced(RecordComponent c, Class<?> type) {
    boolean text = type == String.class && reference(c, type) == null;
    if (c.isAnnotationPresent(Matches.class) && !(text && c.getType() == String.class)) {
      throw new IllegalStateException("@Matches on " + where(c) + ", which is not text");
    }
    if (c.isAnnotationPresent(AllowedValues.class) && !text) {
      throw new IllegalStateException("@AllowedValues on " + where(c) + ", which is not text");
    }
    if (c.isAnnotationPresent(Range.class) && !isInteger(type)) {
      throw new IllegalStateException("@Range on " + where(c) + ", which is not an integer");
    }
    if (c.isAnnotationPresent(Const.class) && !isInteger(type)) {
      throw new IllegalStateException("@Const on " + where(c) + ", which is not an integer");
    }
  }

  private static boolean isInteger(Class<?> type) {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class;
  }

  private static String where(RecordComponent c) {
    return c.getDeclaringRecord().getSimpleName() + "." + c.getName();
  }

  private static void describe(ObjectNode node, RecordComponent c) {
    Description description = c.getAnnotation(Description.class);
    if (description != null) {
      node.put("description", description.value());
    }
  }

  /** {@code "string"}, or {@code ["string", "null"]} for a member that may be null. */
  private static JsonNode type(String name, boolean nullable) {
    if (!nullable) {
      return NODES.textNode(name);
    }
    return NODES.arrayNode().add(name).add("null");
  }

  private static ArrayNode spellings(List<String> values, boolean nullable) {
    ArrayNode node = NODES.arrayNode();
    values.forEach(node::add);
    if (nullable) {
      node.addNull();
    }
    return node;
  }

  /**
   * The spellings of times, dates, KB numbers and error codes. The patterns accept what the
   * reader's parsers accept ({@code OffsetDateTime}, {@code LocalDate}, {@code Kb.normalize},
   * {@code HResult.canonical}) as closely as an ECMA-262 pattern can; the reader still rejects a
   * well-formed impossible value (a 30th of February) with its own message.
   */
  private static ObjectNode definitions() {
    ObjectNode defs = NODES.objectNode();
    defs.putObject("instant")
        .put("type", "string")
        .put("description", "ISO-8601 date-time with offset, e.g. 2026-11-20T08:15:00Z.")
        .put(
            "pattern",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
                + "(Z|z|[+-][0-9]{2}:[0-9]{2})$");
    defs.putObject("date")
        .put("type", "string")
        .put("description", "ISO-8601 calendar date YYYY-MM-DD.")
        .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    ArrayNode dateOrInstant = defs.putObject("dateOrInstant").putArray("anyOf");
    dateOrInstant.addObject().put("$ref", DEFS + "date");
    dateOrInstant.addObject().put("$ref", DEFS + "instant");
    defs.putObject("kb")
        .put("type", "string")
        .put(
            "description",
            "KB number; KB2919355, kb2919355 and 2919355 are all accepted and normalised to"
                + " KB2919355.")
        .put("pattern", "^\\s*([Kk][Bb]\\s*)?[0-9]{4,8}\\s*$");
    ObjectNode hresult = defs.putObject("hresult");
    hresult.put(
        "description",
        "Error code: 0x-prefixed hex (0x80240017), eight hex digits without prefix (80240017), or"
            + " a signed/unsigned 32-bit decimal (string or number).");
    ArrayNode spellings = hresult.putArray("anyOf");
    spellings
        .addObject()
        .put("type", "string")
        .put("pattern", "^\\s*(0[xX][0-9A-Fa-f]{1,8}|[0-9A-Fa-f]{8}|-?[0-9]{1,10})\\s*$");
    spellings
        .addObject()
        .put("type", "integer")
        .put("minimum", (long) Integer.MIN_VALUE)
        .put("maximum", 0xFFFFFFFFL);
    return defs;
  }
}
