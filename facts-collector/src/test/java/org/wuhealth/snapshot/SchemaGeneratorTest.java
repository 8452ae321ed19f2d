package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.AllowedValues;
import org.wuhealth.facts.Description;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Matches;
import org.wuhealth.facts.Range;
import org.wuhealth.facts.Required;
import org.wuhealth.facts.WireAfter;
import org.wuhealth.facts.WireFormat;

/**
 * The published schema is generated from the fact model: the checked-in file is the generator's
 * output (a golden file: regenerate it with {@code -Dwuhealth.updateGolden=true} and review the
 * diff), and the generator's rules hold on small records.
 */
class SchemaGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEMBERS_BEGIN =
      "<!-- members: generated from the fact model by SchemaGeneratorTest -->";
  private static final String MEMBERS_END = "<!-- end of members -->";
  private static final Path FILE =
      Path.of("src", "main", "resources").resolve(SnapshotSchema.RESOURCE.substring(1));

  @Test
  void publishedSchemaIsGeneratedFromTheModel() throws IOException {
    String expected = SnapshotWriter.pretty(SchemaGenerator.schema());
    if (Boolean.getBoolean("wuhealth.updateGolden")) {
      Files.writeString(FILE, expected);
    }
    assertEquals(
        expected,
        Files.readString(FILE),
        FILE
            + " is stale: the fact model changed; regenerate it with -Dwuhealth.updateGolden=true"
            + " (docs/development.md) and review the diff");
  }

  @Test
  void documentedMembersAreGeneratedFromTheModel() throws IOException {
    Path docs = Path.of("..", "docs", "snapshot-format.md");
    String text = Files.readString(docs);
    int start = text.indexOf(MEMBERS_BEGIN);
    int end = text.indexOf(MEMBERS_END);
    assertTrue(start >= 0 && end > start, docs + " has no generated member table");
    String expected =
        text.substring(0, start + MEMBERS_BEGIN.length())
            + "\n"
            + SchemaDocs.memberTable(SchemaGenerator.schema())
            + text.substring(end);
    if (Boolean.getBoolean("wuhealth.updateGolden")) {
      Files.writeString(docs, expected);
    }
    assertEquals(
        expected,
        Files.readString(docs),
        docs + "'s member table is stale: regenerate it like the schema (see docs/development.md)");
  }

  /** Every member the model can hold is a property of the schema, and nothing else is. */
  @Test
  void everyModelMemberIsASchemaPropertyAndViceVersa() {
    List<String> properties = new ArrayList<>();
    properties(SchemaGenerator.schema(), "", properties);
    // Sorted: the schema follows wire order (WireAfter), FactPaths component order.
    assertEquals(
        FactPaths.members().stream().sorted().toList(), properties.stream().sorted().toList());
  }

  record Item(@Required String id) {}

  record Example(
      int count,
      @Required @Description("What it is called.") String name,
      @Range(min = 0, max = 9) Integer level,
      @Matches("^[a-z]+$") String code,
      @WireFormat(WireFormat.Form.KB) String kb,
      @Required @WireFormat(WireFormat.Form.HRESULT) String error,
      @AllowedValues({"a", "b"}) List<String> letters,
      List<Item> items,
      @WireAfter("count") Boolean flag) {}

  @Test
  void requiredMembersAreNeverNullAndOthersMayBe() throws IOException {
    assertEquals(
        JSON.readTree(
            """
            {"type": "object",
             "required": ["count", "name", "error"],
             "properties": {
               "count": {"type": "integer"},
               "flag": {"type": ["boolean", "null"]},
               "name": {"type": "string", "description": "What it is called."},
               "level": {"type": ["integer", "null"], "minimum": 0, "maximum": 9},
               "code": {"type": ["string", "null"], "pattern": "^[a-z]+$"},
               "kb": {"anyOf": [{"$ref": "#/$defs/kb"}, {"type": "null"}]},
               "error": {"$ref": "#/$defs/hresult"},
               "letters": {"type": ["array", "null"], "items": {"enum": ["a", "b"]}},
               "items": {"type": ["array", "null"],
                         "items": {"type": "object", "required": ["id"],
                                   "properties": {"id": {"type": "string"}}}}}}
            """),
        JSON.readTree(SnapshotWriter.pretty(SchemaGenerator.object(Example.class))));
  }

  @Test
  void membersFollowComponentOrderUnlessPlacedAfterAnother() {
    List<String> names = new ArrayList<>();
    SchemaGenerator.object(Example.class)
        .path("properties")
        .fieldNames()
        .forEachRemaining(names::add);
    assertEquals(
        List.of("count", "flag", "name", "level", "code", "kb", "error", "letters", "items"),
        names);
  }

  record MisplacedPattern(@Matches("^[0-9]+$") Integer number) {}

  record MisplacedRange(@Range(min = 0) String text) {}

  record AfterNothing(String a, @WireAfter("b") String c) {}

  @Test
  void anAnnotationTheGeneratorCannotUseFailsTheBuild() {
    assertEquals(
        "@Matches on MisplacedPattern.number, which is not text",
        assertThrows(
                IllegalStateException.class, () -> SchemaGenerator.object(MisplacedPattern.class))
            .getMessage());
    assertEquals(
        "@Range on MisplacedRange.text, which is not an integer",
        assertThrows(
                IllegalStateException.class, () -> SchemaGenerator.object(MisplacedRange.class))
            .getMessage());
    assertEquals(
        "AfterNothing.c follows b, which is not a member",
        assertThrows(IllegalStateException.class, () -> SchemaGenerator.object(AfterNothing.class))
            .getMessage());
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
