package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The published schema compiled into plain checks that answer only yes or no: the hot path of the
 * snapshot reader. A general JSON Schema validator builds a message object per keyword and per node
 * and cost about half of reading a snapshot; this walk allocates nothing for a valid document.
 *
 * <p>The checks are built from the published schema file (generated from the fact model by {@link
 * SchemaGenerator}) when the class loads, and a keyword this class does not know fails the build of
 * the checks (so a schema change cannot be silently ignored). The answer is conservative: whatever
 * it accepts, the full validator ({@link SnapshotSchema}) accepts too ({@code CompiledSchemaTest}
 * compares them on every sample, golden snapshot and a mutation of each of their members). When it
 * says no, the reader asks the full validator, which words the error as before.
 */
final class CompiledSchema {
  /** Keywords that only annotate: they never make a document invalid. */
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "title", "description", "$defs");

  private static final Check ROOT = compile();

  private CompiledSchema() {}

  /** True when the document is certainly valid against the published schema. */
  static boolean accepts(JsonNode document) {
    return ROOT.accepts(document);
  }

  private interface Check {
    boolean accepts(JsonNode node);
  }

  private static Check compile() {
    try (InputStream in = SnapshotSchema.open()) {
      JsonNode schema = new ObjectMapper().readTree(in);
      Map<String, Check> defs = new HashMap<>();
      Compiler compiler = new Compiler(defs, new ArrayList<>());
      schema
          .path("$defs")
          .fields()
          .forEachRemaining(d -> defs.put(d.getKey(), compiler.schema(d.getValue())));
      Check root = compiler.schema(schema);
      for (String name : compiler.references()) {
        if (!defs.containsKey(name)) {
          throw new IllegalStateException("unknown $ref #/$defs/" + name);
        }
      }
      // The map is complete before any document is checked and never changes after: safe to share.
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SnapshotSchema.RESOURCE, e);
    }
  }

  private record Compiler(Map<String, Check> defs, List<String> references) {
    Check schema(JsonNode schema) {
      List<Check> checks = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> keyword = it.next();
        JsonNode value = keyword.getValue();
        switch (keyword.getKey()) {
          case "type" -> checks.add(type(value));
          case "enum" -> checks.add(oneOfValues(value));
          case "const" -> checks.add(oneOfValues(JsonNodeFactory.instance.arrayNode().add(value)));
          case "required" -> checks.add(required(value));
          case "properties" -> checks.add(properties(value));
          case "items" -> checks.add(items(schema(value)));
          case "minimum" -> checks.add(minimum(value.decimalValue()));
          case "maximum" -> checks.add(maximum(value.decimalValue()));
          case "pattern" -> checks.add(pattern(value.textValue()));
          case "anyOf" -> checks.add(anyOf(value));
          case "$ref" -> checks.add(reference(value.textValue()));
          default -> {
            if (!ANNOTATIONS.contains(keyword.getKey())) {
              throw new IllegalStateException(
                  "snapshot schema keyword \""
                      + keyword.getKey()
                      + "\" is not supported by CompiledSchema; teach it the keyword");
            }
          }
        }
      }
      Check[] all = checks.toArray(Check[]::new);
      return node -> {
        for (Check check : all) {
          if (!check.accepts(node)) {
            return false;
          }
        }
        return true;
      };
    }

    private Check reference(String ref) {
      String prefix = "#/$defs/";
      if (ref == null || !ref.startsWith(prefix)) {
        throw new IllegalStateException("unsupported $ref " + ref);
      }
      String name = ref.substring(prefix.length());
      references.add(name);
      // Looked up when checking: a definition may refer to one compiled after it.
      return node -> defs.get(name).accepts(node);
    }

    private Check anyOf(JsonNode alternatives) {
      Check[] all = new Check[alternatives.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = schema(alternatives.get(i));
      }
      return node -> {
        for (Check check : all) {
          if (check.accepts(node)) {
            return true;
          }
        }
        return false;
      };
    }

    private static Check type(JsonNode value) {
      List<String> names = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(v -> names.add(v.textValue()));
      } else {
        names.add(value.textValue());
      }
      boolean string = names.remove("string");
      boolean integer = names.remove("integer");
      boolean bool = names.remove("boolean");
      boolean object = names.remove("object");
      boolean array = names.remove("array");
      boolean isNull = names.remove("null");
      if (!names.isEmpty()) {
        throw new IllegalStateException("unsupported schema type " + names);
      }
      // An integral value written as 1.0 is an integer to the schema; it is rare enough to leave
      // to the full validator (conservative: rejected here).
      return node ->
          (string && node.isTextual())
              || (integer && node.isIntegralNumber())
              || (bool && node.isBoolean())
              || (object && node.isObject())
              || (array && node.isArray())
              || (isNull && node.isNull());
    }

    private static Check oneOfValues(JsonNode values) {
      List<JsonNode> allowed = new ArrayList<>();
      values.forEach(allowed::add);
      // Strings and null compare exactly; numbers of different node classes (1 and 1L) compare
      // unequal here, which only sends such a document to the full validator.
      return node -> allowed.contains(node);
    }

    private static Check required(JsonNode names) {
      String[] all = new String[names.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = names.get(i).textValue();
      }
      return node -> {
        if (!node.isObject()) {
          return true;
        }
        for (String name : all) {
          if (!node.has(name)) {
            return false;
          }
        }
        return true;
      };
    }

    private Check properties(JsonNode properties) {
      Map<String, Check> members = new LinkedHashMap<>();
      properties.fields().forEachRemaining(e -> members.put(e.getKey(), schema(e.getValue())));
      return node -> {
        if (!node.isObject()) {
          return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> member = it.next();
          Check check = members.get(member.getKey());
          if (check != null && !check.accepts(member.getValue())) {
            return false;
          }
        }
        return true;
      };
    }

    private static Check items(Check item) {
      return node -> {
        if (!node.isArray()) {
          return true;
        }
        for (JsonNode element : node) {
          if (!item.accepts(element)) {
            return false;
          }
        }
        return true;
      };
    }

    private static Check minimum(BigDecimal bound) {
      boolean exact = isLong(bound);
      long limit = exact ? bound.longValue() : 0;
      return node -> !node.isNumber() || compare(node, bound, exact, limit) >= 0;
    }

    private static Check maximum(BigDecimal bound) {
      boolean exact = isLong(bound);
      long limit = exact ? bound.longValue() : 0;
      return node -> !node.isNumber() || compare(node, bound, exact, limit) <= 0;
    }

    /** Compares without a BigDecimal in the usual case, an integer member that fits a long. */
    private static int compare(JsonNode number, BigDecimal bound, boolean exact, long limit) {
      if (exact && number.isIntegralNumber() && number.canConvertToLong()) {
        return Long.compare(number.longValue(), limit);
      }
      return number.decimalValue().compareTo(bound);
    }

    private static boolean isLong(BigDecimal value) {
      return value.stripTrailingZeros().scale() <= 0
          && value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
          && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    private static Check pattern(String regex) {
      Pattern compiled = Pattern.compile(regex);
      // The schema's patterns are anchored with ^ (and no alternative outside a group), so a match
      // can only start at 0: looking there alone answers as find() does, without trying every
      // other start.
      boolean anchored = regex.startsWith("^") && !topLevelAlternation(regex);
      // Java's $ also matches before a final line break and its \s is narrower than ECMA-262's;
      // a string with any line or Unicode separator is left to the full validator.
      return node -> {
        if (!node.isTextual()) {
          return true;
        }
        String text = node.textValue();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c < 0x20 || c == 0x85 || c == 0xa0 || c > 0x7e) {
            return false;
          }
        }
        Matcher matcher = compiled.matcher(text);
        return anchored ? matcher.lookingAt() : matcher.find();
      };
    }

    /** True when {@code regex} has a | outside every group and character class. */
    private static boolean topLevelAlternation(String regex) {
      int depth = 0;
      boolean inClass = false;
      for (int i = 0; i < regex.length(); i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          i++;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          return true;
        }
      }
      return false;
    }
  }
}
