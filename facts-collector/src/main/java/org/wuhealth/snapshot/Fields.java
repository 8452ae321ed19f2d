package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.wuhealth.facts.HResult;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.WireValue;

/**
 * Typed access to the members of one JSON object, remembering which members were read so that the
 * rest can be reported as unknown. A JSON {@code null} reads as Java {@code null}, like a missing
 * member: both mean "not collected".
 */
final class Fields {
  private final JsonNode node;
  // Built only when a message needs it: most documents never need one, and a pointer per list
  // item was a large part of the mapping time of a 250-update snapshot.
  private final Supplier<String> pointer;
  private final MappingContext context;
  // The few member names asked for; a list is cheaper than a hash set at this size.
  private final List<String> read = new ArrayList<>(8);

  Fields(JsonNode node, String pointer, MappingContext context) {
    this(node, () -> pointer, context);
  }

  private Fields(JsonNode node, Supplier<String> pointer, MappingContext context) {
    if (!node.isObject()) {
      throw context.error(node, pointer.get(), "expected an object, found " + describe(node));
    }
    this.node = node;
    this.pointer = pointer;
    this.context = context;
  }

  MappingContext context() {
    return context;
  }

  private JsonNode member(String name) {
    if (!read.contains(name)) {
      read.add(name);
    }
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private String at(String name) {
    return MappingContext.child(pointer.get(), name);
  }

  String text(String name) {
    return typed(name, JsonNode::isTextual, "a string", JsonNode::textValue);
  }

  Integer integer(String name) {
    return typed(
        name,
        v -> v.isIntegralNumber() && v.canConvertToInt(),
        "a 32-bit integer",
        JsonNode::intValue);
  }

  /** An integer member the document must have. */
  int requiredInteger(String name) {
    return required(name, integer(name));
  }

  /** A 64-bit integer member the document must have. */
  long requiredLong(String name) {
    return required(name, longValue(name));
  }

  Long longValue(String name) {
    return typed(
        name, v -> v.isIntegralNumber() && v.canConvertToLong(), "an integer", JsonNode::longValue);
  }

  Boolean bool(String name) {
    return typed(name, JsonNode::isBoolean, "true or false", JsonNode::booleanValue);
  }

  /** A member of one JSON type, or null when it is missing; any other type is an error. */
  private <T> T typed(
      String name, Predicate<JsonNode> fits, String expected, Function<JsonNode, T> value) {
    JsonNode v = member(name);
    if (v == null) {
      return null;
    }
    if (!fits.test(v)) {
      throw context.error(v, at(name), "expected " + expected + ", found " + describe(v));
    }
    return value.apply(v);
  }

  private <T> T required(String name, T value) {
    if (value == null) {
      throw context.error(node, at(name), "required member \"" + name + "\" is missing");
    }
    return value;
  }

  <E extends Enum<E> & WireValue> E enumValue(String name, Class<E> type) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return WireValue.parse(type, text)
        .orElseThrow(
            () ->
                context.error(
                    node.get(name),
                    at(name),
                    "unknown value " + Excerpt.quote(text) + ", expected " + spellings(type)));
  }

  Instant instant(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    Instant usual = IsoTimes.instant(text);
    if (usual != null) {
      return usual;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw context.error(
          node.get(name),
          at(name),
          Excerpt.quote(text)
              + " is not an ISO-8601 date-time with offset, e.g. 2026-11-20T08:15:00Z");
    }
  }

  LocalDate date(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    LocalDate usual = IsoTimes.date(text);
    if (usual != null) {
      return usual;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw context.error(
          node.get(name), at(name), Excerpt.quote(text) + " is not an ISO-8601 date (YYYY-MM-DD)");
    }
  }

  /** A policy date such as "2026-11-01" (midnight UTC) or a full date-time. */
  Instant dateOrInstant(String name) {
    JsonNode v = node.get(name);
    if (v != null && v.isTextual() && v.textValue().length() == 10) {
      LocalDate date = date(name);
      return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return instant(name);
  }

  String kb(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return Kb.normalize(text)
        .orElseThrow(
            () ->
                context.error(
                    node.get(name),
                    at(name),
                    Excerpt.quote(text) + " is not a KB number, e.g. KB2919355"));
  }

  String hresult(String name) {
    JsonNode v = member(name);
    if (v == null) {
      return null;
    }
    var canonical =
        v.isIntegralNumber() && v.canConvertToLong()
            ? HResult.canonical(v.longValue())
            : v.isTextual() ? HResult.canonical(v.textValue()) : java.util.Optional.<String>empty();
    return canonical.orElseThrow(
        () ->
            context.error(
                v,
                at(name),
                describe(v)
                    + " is not an error code; expected e.g. \"0x80240017\" or -2145124329"));
  }

  Fields object(String name) {
    JsonNode v = member(name);
    return v == null ? null : new Fields(v, () -> at(name), context);
  }

  <T> List<T> list(String name, Function<Fields, T> itemMapper) {
    return array(
        name,
        (item, itemPointer) -> {
          Fields fields = new Fields(item, itemPointer, context);
          T value = itemMapper.apply(fields);
          fields.finish();
          return value;
        });
  }

  List<String> strings(String name) {
    return array(
        name,
        (item, itemPointer) -> {
          if (!item.isTextual()) {
            throw context.error(
                item, itemPointer.get(), "expected a string, found " + describe(item));
          }
          return item.textValue();
        });
  }

  private interface ItemReader<T> {
    T read(JsonNode item, Supplier<String> itemPointer);
  }

  private <T> List<T> array(String name, ItemReader<T> reader) {
    JsonNode v = member(name);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      throw context.error(v, at(name), "expected an array, found " + describe(v));
    }
    List<T> items = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      int index = i;
      Supplier<String> itemPointer = () -> MappingContext.child(at(name), index);
      if (item.isNull()) {
        throw context.error(item, itemPointer.get(), "null is not allowed inside a list");
      }
      items.add(reader.read(item, itemPointer));
    }
    return items;
  }

  /** Reports every member that no mapper asked for; they are ignored, not fatal. */
  void finish() {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!read.contains(name)) {
        context.warn(
            node.get(name), at(name), "unknown field \"" + Excerpt.name(name) + "\" ignored");
      }
    }
  }

  static String describe(JsonNode v) {
    if (v.isTextual()) {
      String t = v.textValue();
      return "string " + Excerpt.quote(t);
    }
    if (v.isNumber()) {
      return "number " + v.asText();
    }
    if (v.isBoolean()) {
      return v.asText();
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isObject()) {
      return "an object";
    }
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static <E extends Enum<E> & WireValue> String spellings(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.wire());
    }
    return "one of " + String.join(", ", names);
  }
}
