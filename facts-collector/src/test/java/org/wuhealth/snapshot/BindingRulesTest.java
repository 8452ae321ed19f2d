package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
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
import org.wuhealth.facts.Snapshot;

/**
 * The reader's fast path (binding with {@link BindingRules}, no schema validator) against the slow
 * path (the full JSON Schema validator, then binding): never more lenient, gives the same facts,
 * and refuses a document the slow path reads only where it says so. Compared on every sample and
 * golden snapshot, and on mutations of each member (every member path once, wherever it first
 * appears).
 */
class BindingRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Values the fast path leaves to the slow path on purpose (see BindingRules): a time without
   * seconds and a KB number with a tab are valid, but not the usual form; the validator's Java
   * regular expressions let a final line break through a pattern ending in $.
   */
  private static final Set<JsonNode> CONSERVATIVE =
      Set.of(
          NODES.textNode("2026-11-20T08:15Z"),
          NODES.textNode("KB\t2919355"),
          NODES.textNode("10.0\n"));

  @Test
  void agreesWithTheFullValidatorOnEverySnapshotAndMutation() throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    for (Path file : snapshots()) {
      JsonNode document = parsed(file);
      if (document != null) {
        assertEquals(slowPath(document), fastPath(document), file.toString());
        documents.add(document);
      }
    }
    assertTrue(documents.size() > 20, "found " + documents.size() + " snapshots");
    Set<String> seen = new HashSet<>();
    int compared = 0;
    int accepted = 0;
    int conservative = 0;
    for (JsonNode document : documents) {
      for (Mutation m : mutations(document, "", document, seen)) {
        Snapshot fast = fastPath(m.document());
        compared++;
        String what = m.pointer() + " = " + m.value();
        if (fast != null) {
          accepted++;
          assertTrue(
              SnapshotSchema.isValid(m.document()),
              "the fast path accepted what the schema refuses: " + what);
          assertEquals(slowPath(m.document()), fast, what);
        } else if (slowPath(m.document()) != null) {
          conservative++;
          assertTrue(CONSERVATIVE.contains(m.value()), "refused a readable document: " + what);
        }
      }
    }
    // The comparison means something only if both answers occur often.
    assertTrue(compared > 1000, "compared " + compared);
    assertTrue(accepted > compared / 10 && accepted < compared * 9 / 10, accepted + "/" + compared);
    assertTrue(conservative > 0, "the conservative values were never met");
  }

  /** What the reader gives without validating first; null when it leaves the document. */
  private static Snapshot fastPath(JsonNode document) throws IOException {
    return fastPath(JSON.writeValueAsString(document));
  }

  private static Snapshot fastPath(String document) throws IOException {
    try (JsonParser parser = JSON.createParser(document)) {
      return TokenBinder.bind(parser);
    }
  }

  /** What validating, then binding gives (the path of a refused document); null when refused. */
  private static Snapshot slowPath(JsonNode document) {
    if (!SnapshotSchema.isValid(document)) {
      return null;
    }
    MappingContext context = new MappingContext("test");
    try {
      Snapshot snapshot = SnapshotMapper.map(document, context);
      return context.warnings().isEmpty() ? snapshot : null;
    } catch (MappingContext.MappingFailure failure) {
      return null;
    }
  }

  @Test
  void refusesWhatTheContractForbids() throws IOException {
    assertNull(
        fastPath(
            JSON.readTree(
                "{\"schemaVersion\": 1, \"collectedAt\": \"yesterday\", \"os\": {\"build\": 1}}")));
    assertNull(fastPath(JSON.readTree("{\"schemaVersion\": 1, \"os\": {\"build\": 1}}")));
    assertNull(
        fastPath(
            JSON.readTree(
                "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\","
                    + " \"os\": {\"build\": -1}}")));
    // an unknown member is valid, but the slow path words its warning
    assertNull(
        fastPath(
            JSON.readTree(
                "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\","
                    + " \"os\": {\"build\": 1}, \"unknown\": [1]}")));
    assertNotNull(
        fastPath(
            JSON.readTree(
                "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\","
                    + " \"os\": {\"build\": 1}}")));
    // the fast path's parser does not track names: the binder itself leaves a repeated member
    assertNull(
        fastPath(
            "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\","
                + " \"os\": {\"build\": 1, \"build\": 2}}"));
    assertNull(
        fastPath(
            "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\","
                + " \"os\": {\"build\": 1}} {}"));
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
        NODES.textNode("KB\t2919355"),
        NODES.textNode("2026-11-20T08:15Z"),
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
