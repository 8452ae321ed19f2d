package org.wuhealth.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.WireValue;

/**
 * Writes a snapshot as format v1 JSON: members in contract order (the order of the published
 * schema's properties, the values read from the fact model through {@link FactPaths}, so nothing
 * here names a member), nulls omitted (a missing member and a null both mean "not collected"),
 * two-space indent, LF line ends. The output of {@code import} and {@code collect}, and what {@link
 * SnapshotReader} reads back unchanged.
 */
public final class SnapshotWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotWriter() {}

  public static String write(Snapshot s) {
    return pretty(object(s, Contract.ROOT));
  }

  /** The schema gives the members and their order; the model gives the values. */
  private static final class Contract {
    static final JsonNode ROOT = load();

    private static JsonNode load() {
      try (InputStream in = SnapshotSchema.open()) {
        return JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + SnapshotSchema.RESOURCE, e);
      }
    }
  }

  /** The record's members in the schema's order; a null member is left out. */
  private static ObjectNode object(Record fact, JsonNode schema) {
    ObjectNode node = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      JsonNode value = value(FactPaths.member(fact, property.getKey()), property.getValue());
      if (value != null) {
        node.set(property.getKey(), value);
      }
    }
    return node;
  }

  private static JsonNode value(Object value, JsonNode schema) {
    if (value == null) {
      return null;
    } else if (value instanceof Record fact) {
      return object(fact, schema);
    } else if (value instanceof List<?> items) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : items) {
        array.add(value(item, schema.path("items")));
      }
      return array;
    } else if (value instanceof String text) {
      return NODES.textNode(text);
    } else if (value instanceof Integer number) {
      return NODES.numberNode(number);
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    } else if (value instanceof WireValue wire) {
      return NODES.textNode(wire.wire());
    } else if (value instanceof Instant || value instanceof LocalDate) {
      return NODES.textNode(value.toString());
    }
    throw new IllegalStateException(
        "no JSON form for a " + value.getClass().getSimpleName() + " in the fact model");
  }

  /** Two-space indented JSON with "name": value spacing and LF line ends, plus a final newline. */
  public static String pretty(Object tree) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }
}
