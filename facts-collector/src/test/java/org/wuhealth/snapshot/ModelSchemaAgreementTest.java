package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.FactPaths;

/**
 * The fact model and the published schema describe the same members: every schema property is a
 * record component (by its JSON name) and every component a schema property.
 */
class ModelSchemaAgreementTest {
  @Test
  void everySchemaPropertyIsAModelComponentAndViceVersa() throws IOException {
    JsonNode schema;
    try (InputStream in = SnapshotSchema.open()) {
      schema = new ObjectMapper().readTree(in);
    }
    List<String> properties = new ArrayList<>();
    properties(schema, "", properties);
    assertEquals(new TreeSet<>(properties), new TreeSet<>(FactPaths.members()));
  }

  private static void properties(JsonNode schema, String pointer, List<String> out) {
    schema
        .path("properties")
        .fields()
        .forEachRemaining(
            p -> {
              String child = pointer + "/" + p.getKey();
              out.add(child);
              properties(p.getValue(), child, out);
              properties(p.getValue().path("items"), child + "/*", out);
            });
  }
}
