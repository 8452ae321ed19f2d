package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader's quick check ({@link CompiledSchema}) against the full JSON Schema validator: never
 * more lenient, and as strict only where it says so. Compared on every sample and golden snapshot,
 * and on mutations of each member (every member path once, wherever it first appears).
 */
class CompiledSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values the quick check leaves to the full validator on purpose (see its comments). */
  private static final Set<JsonNode> CONSERVATIVE =
      Set.of(NODES.numberNode(1.0), NODES.textNode("10.0\n"), NODES.textNode("KB\u00a02919355"));

  @Test
  void agreesWithTheFullValidatorOnEverySnapshotAndMutation() throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    for (Path file : snapshots()) {
      JsonNode document = parsed(file);
      if (document != null) {
        assertEquals(
            SnapshotSchema.isValid(document), CompiledSchema.accepts(document), file.toString());
        documents.add(document);
      }
    }
    assertTrue(documents.size() > 20, "found " + documents.size() + " snapshots");
    Set<String> seen = new HashSet<>();
    int compared = 0;
    int accepted = 0;
    for (JsonNode document : documents) {
      for (Mutation m : mutations(document, "", document, seen)) {
        boolean full = SnapshotSchema.isValid(m.document());
        boolean quick = CompiledSchema.accepts(m.document());
        compared++;
        accepted += quick ? 1 : 0;
        String what = m.pointer() + " = " + m.value();
        if (quick) {
          assertTrue(full, "the quick check accepted what the schema refuses: " + what);
        } else if (full) {
          assertTrue(CONSERVATIVE.contains(m.value()), "refused a valid document: " + what);
        }
      }
    }
    // The comparison means something only if both answers occur often.
    assertTrue(compared > 1000, "compared " + compared);
    assertTrue(accepted > compared / 10 && accepted < compared * 9 / 10, accepted + "/" + compared);
  }

  @Test
  void refusesWhatTheContractForbids() throws IOException {
    assertEquals(
        false,
        CompiledSchema.accepts(
            JSON.readTree(
                "{\"schemaVersion\": 1, \"collectedAt\": \"yesterday\", \"os\": {\"build\": 1}}")));
    assertEquals(
        false,
        CompiledSchema.accepts(JSON.readTree("{\"schemaVersion\": 1, \"os\": {\"build\": 1}}")));
    assertEquals(
        true,
        CompiledSchema.accepts(
            JSON.readTree(
                "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\","
                    + " \"os\": {\"build\": 1}, \"unknown\": [1]}")));
  }

  private record Mutation(String pointer, JsonNode value, JsonNode document) {}

  private static List<JsonNode> replacements() {
    ArrayNode array = NODES.arrayNode();
    ObjectNode object = NODES.objectNode();
    return List.of(
        NODES.nullNode(),
        NODES.textNode(""),
        NODES.textNode("x"),
        NODES.textNode("KB2919355"),
        NODES.textNode("KB\u00a02919355"),
        NODES.textNode("2026-11-20"),
        NODES.textNode("2026-11-20T08:15:00Z"),
        NODES.textNode("10.0"),
        NODES.textNode("10.0\n"),
        NODES.textNode("0x80240017"),
        NODES.textNode("running"),
        NODES.numberNode(-1),
        NODES.numberNode(0),
        NODES.numberNode(1.0),
        NODES.numberNode(1.5),
        NODES.numberNode(70000),
        NODES.numberNode(4294967296L),
        NODES.booleanNode(true),
        array,
        object);
  }

  /** For each member path not seen before: the document with that member replaced or removed. */
  private static List<Mutation> mutations(
      JsonNode root, String pointer, JsonNode node, Set<String> seen) {
    List<Mutation> out = new ArrayList<>();
    if (node.isObject()) {
      for (var it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        String child = pointer + "/" + name;
        if (seen.add(child.replaceAll("/[0-9]+", "/*"))) {
          for (JsonNode value : replacements()) {
            out.add(new Mutation(child, value, replaced(root, pointer, name, value)));
          }
          out.add(new Mutation(child, NODES.missingNode(), replaced(root, pointer, name, null)));
        }
        out.addAll(mutations(root, child, node.get(name), seen));
      }
    } else if (node.isArray() && !node.isEmpty()) {
      out.addAll(mutations(root, pointer + "/0", node.get(0), seen));
    }
    return out;
  }

  private static JsonNode replaced(JsonNode root, String parent, String name, JsonNode value) {
    JsonNode copy = root.deepCopy();
    ObjectNode target = (ObjectNode) (parent.isEmpty() ? copy : copy.at(parent));
    if (value == null) {
      target.remove(name);
    } else {
      target.set(name, value);
    }
    return copy;
  }

  /** The fleet sample has a deliberately broken file: not JSON, nothing to compare. */
  private static JsonNode parsed(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      return null;
    }
  }

  private static List<Path> snapshots() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir :
        List.of(Path.of("..", "samples"), Path.of("src", "test", "resources", "golden"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".json"))
            .filter(p -> !p.toString().contains("expected"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }
}
