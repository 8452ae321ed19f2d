package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The member table of {@code docs/snapshot-format.md}, rendered from the generated schema, so that
 * the documentation lists exactly the members, types and descriptions of the contract.
 */
public final class SchemaDocs {
  private static final Map<String, String> DEFINITIONS =
      Map.of(
          "#/$defs/instant", "date-time with offset",
          "#/$defs/date", "date (YYYY-MM-DD)",
          "#/$defs/dateOrInstant", "date or date-time",
          "#/$defs/kb", "KB number",
          "#/$defs/hresult", "error code");

  private SchemaDocs() {}

  /** One Markdown table row per member, in the order a snapshot writes them. */
  public static String memberTable(JsonNode schema) {
    StringBuilder out = new StringBuilder();
    out.append("| Member | Type | Required | Description |\n");
    out.append("|---|---|---|---|\n");
    rows(schema, "", out);
    return out.toString();
  }

  private static void rows(JsonNode object, String prefix, StringBuilder out) {
    List<String> required = new ArrayList<>();
    object.path("required").forEach(n -> required.add(n.textValue()));
    object
        .path("properties")
        .fields()
        .forEachRemaining(
            p -> {
              String name = prefix + p.getKey();
              JsonNode member = p.getValue();
              out.append("| `")
                  .append(name)
                  .append("` | ")
                  .append(cell(type(member)))
                  .append(" | ")
                  .append(required.contains(p.getKey()) ? "yes" : "")
                  .append(" | ")
                  .append(cell(member.path("description").asText("")))
                  .append(" |\n");
              rows(member, name + ".", out);
              rows(member.path("items"), name + "[].", out);
            });
  }

  private static String type(JsonNode member) {
    if (member.has("const")) {
      return "always " + member.get("const").asText();
    }
    JsonNode reference = member.has("anyOf") ? member.get("anyOf").get(0) : member;
    if (reference.has("$ref")) {
      return DEFINITIONS.get(reference.get("$ref").textValue());
    }
    JsonNode type = member.get("type");
    String base = type.isArray() ? type.get(0).textValue() : type.textValue();
    return switch (base) {
      case "string" -> text(member);
      case "integer" -> "integer" + range(member);
      case "boolean" -> "true or false";
      case "object" -> "object";
      case "array" -> "list of " + items(member.path("items"));
      default -> throw new IllegalStateException("no documentation for a type " + base);
    };
  }

  private static String items(JsonNode items) {
    if (items.has("enum")) {
      return spellings(items);
    }
    return "object".equals(items.path("type").textValue()) ? "objects" : "text";
  }

  private static String text(JsonNode member) {
    if (member.has("enum")) {
      return spellings(member);
    }
    if (member.has("pattern")) {
      return "text matching `" + member.get("pattern").textValue() + "`";
    }
    return "text";
  }

  private static String spellings(JsonNode member) {
    List<String> values = new ArrayList<>();
    member.get("enum").forEach(v -> values.add(v.isNull() ? "null" : "`" + v.textValue() + "`"));
    values.remove("null");
    return "one of " + String.join(", ", values);
  }

  private static String range(JsonNode member) {
    boolean min = member.has("minimum");
    boolean max = member.has("maximum");
    if (min && max) {
      return " " + member.get("minimum").asText() + " to " + member.get("maximum").asText();
    }
    if (min) {
      return " ≥ " + member.get("minimum").asText();
    }
    return max ? " ≤ " + member.get("maximum").asText() : "";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
