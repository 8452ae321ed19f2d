package org.wuhealth.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The published JSON Schema (draft 2020-12) of snapshot format v1, and validation against it. */
public final class SnapshotSchema {
  /**
   * Classpath location of the schema; the file is the contract users validate their exports with.
   */
  public static final String RESOURCE = "/org/wuhealth/snapshot/snapshot-v1.schema.json";

  private static final class Holder {
    static final JsonSchema SCHEMA = load();
  }

  private SnapshotSchema() {}

  /** One schema violation: JSON pointer of the offending value and what is wrong with it. */
  public record Violation(String pointer, JsonNode node, String message) {}

  /** The raw schema text, for tools that want to ship or print it. */
  public static InputStream open() {
    return SnapshotSchema.class.getResourceAsStream(RESOURCE);
  }

  /** True when the document has no violation (cheaper than {@link #validate}: nothing sorted). */
  public static boolean isValid(JsonNode document) {
    return Holder.SCHEMA.validate(document).isEmpty();
  }

  /** All violations, ordered by position in the document (then pointer and message). */
  public static List<Violation> validate(JsonNode document) {
    return Holder.SCHEMA.validate(document).stream()
        .map(SnapshotSchema::toViolation)
        .sorted(
            Comparator.comparing((Violation v) -> lineOf(v.node()))
                .thenComparing(Violation::pointer)
                .thenComparing(Violation::message))
        .distinct()
        .toList();
  }

  private static Violation toViolation(ValidationMessage m) {
    String pointer = m.getInstanceLocation().toString();
    return new Violation(pointer, m.getInstanceNode(), m.getError());
  }

  private static long lineOf(JsonNode node) {
    var location = node == null ? null : Locations.of(node);
    return location == null ? Long.MAX_VALUE : location.getCharOffset();
  }

  private static JsonSchema load() {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ROOT)
            .build();
    try (InputStream in = open()) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
