package org.wuhealth.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.HResult;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WireValue;

/**
 * The reader's fast path: binds a snapshot onto the fact model straight from the parser's tokens,
 * without a JSON tree (building the tree was a quarter of a batch host's time), checking as it
 * binds what the schema says ({@link BindingRules}). It words no message: at the first thing that
 * is not plainly valid (a type or rule the schema refuses, an unknown or repeated member, a value
 * not in the usual form) it leaves the document, and the reader reads it again on the slow path,
 * which builds the tree with locations and explains. So that the two paths cannot disagree on how a
 * member is read, both read by the member's {@link Reading}; {@code BindingRulesTest} holds this
 * binder to the slow path on every sample, golden snapshot and a mutation of each member.
 */
final class TokenBinder {
  /**
   * How one record type is bound: its members by name, their readings and rules, and what a member
   * needs looked up (the plan of a record member, the spellings of an enum), looked up once here.
   */
  private record Plan(
      Class<? extends Record> type,
      String[] names,
      Map<String, Integer> index,
      Reading[] readings,
      BindingRules.Rule[] rules,
      Object[] lookups) {}

  private static final ClassValue<Plan> PLANS =
      new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Plan computeValue(Class<?> type) {
          Class<? extends Record> record = (Class<? extends Record>) type;
          List<FactPaths.Member> members = FactPaths.members(record);
          Map<String, Integer> index = new HashMap<>();
          for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i).name(), i);
          }
          Reading[] readings = Reading.of(record);
          BindingRules.Rule[] rules = BindingRules.of(record);
          for (int i = 0; i < rules.length; i++) {
            if (rules[i].checksValue()
                && (readings[i] == Reading.RECORD || readings[i] == Reading.RECORD_LIST)) {
              // the schema's annotations constrain values, not sections; a check here would need
              // the section's tree, which this binder does not build
              throw new IllegalStateException(
                  type.getSimpleName() + "." + members.get(i).name() + " is a record with a check");
            }
          }
          Object[] lookups = new Object[members.size()];
          for (int i = 0; i < lookups.length; i++) {
            Class<?> member = members.get(i).type();
            lookups[i] =
                switch (readings[i]) {
                  case RECORD, RECORD_LIST -> PLANS.get(member);
                  case ENUM -> WireValue.spellings(member);
                  default -> null;
                };
          }
          // interned, as Jackson's default factory interns the member names it reads
          String[] names = members.stream().map(m -> m.name().intern()).toArray(String[]::new);
          return new Plan(record, names, Map.copyOf(index), readings, rules, lookups);
        }
      };

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Thrown, without a stack, where the document is left to the slow path. */
  private static final class Leave extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Leave DOCUMENT = new Leave();

    private Leave() {
      super(null, null, false, false);
    }
  }

  private TokenBinder() {}

  /**
   * The snapshot the parser's document holds, or null when the slow path must read it.
   *
   * @throws IOException when the document is not well-formed JSON (also left to the slow path)
   */
  static Snapshot bind(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    try {
      Snapshot snapshot = record(parser, PLANS.get(Snapshot.class));
      boolean complete =
          parser.nextToken() == null
              && snapshot.schemaVersion() == Snapshot.SCHEMA_VERSION
              && snapshot.collectedAt() != null
              && snapshot.os() != null;
      return complete ? snapshot : null;
    } catch (Leave leave) {
      return null;
    }
  }

  /** The record whose members follow; the parser is on its START_OBJECT and ends on END_OBJECT. */
  private static <T extends Record> T record(JsonParser p, Plan plan) throws IOException {
    int count = plan.readings().length;
    Object[] values = new Object[count];
    boolean[] seen = new boolean[count];
    String[] names = plan.names();
    int next = 0;
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
      // Documents list members in the model's order, as the writer and the collector write them:
      // the member after the last one read is tried first, by identity (both names interned), and
      // any other name is looked up. Looking every name up was 7% of a batch's reading.
      String name = p.currentName();
      int i;
      if (next < names.length && names[next] == name) {
        i = next;
      } else {
        Integer found = plan.index().get(name);
        if (found == null) {
          throw Leave.DOCUMENT;
        }
        i = found;
      }
      if (seen[i]) {
        throw Leave.DOCUMENT;
      }
      next = i + 1;
      seen[i] = true;
      p.nextToken();
      values[i] = member(p, plan, i);
    }
    if (token != JsonToken.END_OBJECT) {
      throw Leave.DOCUMENT;
    }
    BindingRules.Rule[] rules = plan.rules();
    for (int i = 0; i < count; i++) {
      if (values[i] == null && rules[i].required()) {
        throw Leave.DOCUMENT;
      }
    }
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) plan.type();
    return RecordConstructors.create(type, values);
  }

  /** Member {@code i}'s value, the parser on its first token; null for JSON null. */
  private static Object member(JsonParser p, Plan plan, int i) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    Reading reading = plan.readings()[i];
    Object value = value(p, reading, plan.lookups()[i]);
    BindingRules.Rule rule = plan.rules()[i];
    if (rule.checksValue() && !rule.accepts(node(p, reading, value))) {
      throw Leave.DOCUMENT;
    }
    return value;
  }

  /** {@code lookup} is the member's entry in {@link Plan#lookups}. */
  @SuppressWarnings("unchecked")
  private static Object value(JsonParser p, Reading reading, Object lookup) throws IOException {
    return switch (reading) {
      case RECORD -> {
        expect(p, JsonToken.START_OBJECT);
        yield record(p, (Plan) lookup);
      }
      case RECORD_LIST -> {
        expect(p, JsonToken.START_ARRAY);
        Plan item = (Plan) lookup;
        List<Object> items = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
          items.add(record(p, item));
        }
        expect(p, JsonToken.END_ARRAY);
        yield items;
      }
      case TEXT -> text(p);
      case INTEGER, REQUIRED_INTEGER -> {
        expect(p, JsonToken.VALUE_NUMBER_INT);
        if (p.getNumberType() != JsonParser.NumberType.INT) {
          throw Leave.DOCUMENT;
        }
        yield p.getIntValue();
      }
      case LONG, REQUIRED_LONG -> longValue(p);
      case BOOLEAN -> {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
          throw Leave.DOCUMENT;
        }
        yield token == JsonToken.VALUE_TRUE;
      }
      case INSTANT -> instant(text(p));
      case DATE -> date(text(p));
      case KB -> orLeave(Kb.normalize(text(p)).orElse(null));
      case HRESULT ->
          orLeave(
              (p.currentToken() == JsonToken.VALUE_NUMBER_INT
                      ? HResult.canonical(longValue(p))
                      : HResult.canonical(text(p)))
                  .orElse(null));
      case DATE_OR_INSTANT -> {
        String text = text(p);
        yield text.length() == 10
            ? date(text).atStartOfDay().toInstant(ZoneOffset.UTC)
            : instant(text);
      }
      case STRINGS -> {
        expect(p, JsonToken.START_ARRAY);
        List<String> items = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.VALUE_STRING) {
          items.add(p.getText());
        }
        if (token != JsonToken.END_ARRAY) {
          throw Leave.DOCUMENT;
        }
        yield items;
      }
      case ENUM -> orLeave(((Map<String, Object>) lookup).get(text(p)));
    };
  }

  private static String text(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static long longValue(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw Leave.DOCUMENT;
    }
    return p.getLongValue();
  }

  /** Only the usual forms: any other the slow path reads with java.time, or refuses. */
  private static Instant instant(String text) {
    return orLeave(IsoTimes.instant(text));
  }

  private static LocalDate date(String text) {
    return orLeave(IsoTimes.date(text));
  }

  private static <T> T orLeave(T value) {
    if (value == null) {
      throw Leave.DOCUMENT;
    }
    return value;
  }

  private static void expect(JsonParser p, JsonToken token) {
    if (p.currentToken() != token) {
      throw Leave.DOCUMENT;
    }
  }

  /**
   * The JSON value {@link BindingRules} check, rebuilt for the few members that have checks: the
   * parser is still on a scalar's token, a list of strings is rebuilt from its items.
   */
  @SuppressWarnings("unchecked")
  private static JsonNode node(JsonParser p, Reading reading, Object value) throws IOException {
    if (reading == Reading.STRINGS) {
      ArrayNode array = NODES.arrayNode();
      ((List<String>) value).forEach(array::add);
      return array;
    }
    return switch (p.currentToken()) {
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT ->
          p.getNumberType() == JsonParser.NumberType.INT
              ? NODES.numberNode(p.getIntValue())
              : NODES.numberNode(p.getLongValue());
      case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
      default -> throw new IllegalStateException("no check reads a " + p.currentToken());
    };
  }
}
