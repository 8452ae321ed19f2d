package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wuhealth.facts.Snapshot;

class SnapshotReaderTest {
  private static final Path SAMPLE = Path.of("..", "samples", "healthy-server2016.json");
  private static final String MINIMAL =
      "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\", \"os\": {\"build\": 9600}}";

  private final SnapshotReader reader = new SnapshotReader();

  @Test
  void sampleSurvivesWriteAndReadBack() throws Exception {
    Snapshot first = reader.read(SAMPLE).snapshot();
    String written = SnapshotWriter.write(first);
    Snapshot second =
        reader.read("again.json", written.getBytes(StandardCharsets.UTF_8)).snapshot();
    assertEquals(first, second);
    assertEquals(written, SnapshotWriter.write(second));
  }

  @Test
  void theFastPathBindsMembersInAnyOrder() throws Exception {
    Snapshot expected = reader.read(SAMPLE).snapshot();
    ObjectMapper json = new ObjectMapper();
    JsonNode reversed = reverseMembers(json.readTree(SnapshotWriter.write(expected)));
    JsonFactory factory = new JsonFactory();
    try (var parser = factory.createParser(json.writeValueAsString(reversed))) {
      assertEquals(expected, TokenBinder.bind(parser), "every member out of the model's order");
    }
    // a member given twice is still refused
    try (var parser = factory.createParser(MINIMAL.replace("}}", "}, \"os\": {\"build\": 1}}"))) {
      assertNull(TokenBinder.bind(parser));
    }
  }

  private static JsonNode reverseMembers(JsonNode node) {
    if (node.isArray()) {
      var array = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> array.add(reverseMembers(item)));
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    Collections.reverse(names);
    var object = JsonNodeFactory.instance.objectNode();
    names.forEach(name -> object.set(name, reverseMembers(node.get(name))));
    return object;
  }

  @Test
  void acceptsEveryByteOrderMarkPowerShellWrites() throws Exception {
    String text = Files.readString(SAMPLE);
    Snapshot expected = reader.read(SAMPLE).snapshot();
    assertEquals(
        expected, readWithBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, "UTF-8"));
    assertEquals(expected, readWithBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, "UTF-16LE"));
    assertEquals(expected, readWithBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, text, "UTF-16BE"));
  }

  private Snapshot readWithBom(byte[] bom, String text, String charset) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(bom);
    bytes.write(text.getBytes(charset));
    return reader.read("bom.json", bytes.toByteArray()).snapshot();
  }

  @Test
  void refusesUtf16WithoutBom() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> reader.read("nobom.json", MINIMAL.getBytes(StandardCharsets.UTF_16LE)));
    assertTrue(
        e.getMessage().startsWith("nobom.json: looks like UTF-16 without a byte-order mark"),
        e.getMessage());
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirOffset() {
    byte[] bytes =
        ("{\"schemaVersion\": 1, \"x\": \"caf" + "\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
    InputException e = assertThrows(InputException.class, () -> reader.read("latin1.json", bytes));
    assertEquals(
        "latin1.json: not valid UTF-8 (no byte-order mark): bad byte 0xE9 at offset 30;"
            + " JSON snapshots must be UTF-8, or UTF-16 with a BOM",
        e.getMessage());
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    String message = ReadErrors.of("{\n  \"schemaVersion\": 1,\n  \"os\": {\"build\": 9600,}\n}");
    assertTrue(message.startsWith("x.json:3:"), message);
    assertTrue(message.contains("malformed JSON"), message);
  }

  @Test
  void truncatedJsonIsReportedOnOneLineWithoutQuotingTheDocument() {
    String message = ReadErrors.of("{\n  \"schemaVersion\": 1,\n  \"os\": {\"build\": 9600\n");
    assertTrue(message.startsWith("x.json:4:"), message);
    assertFalse(message.contains("\n"), message);
    assertFalse(message.contains("Source:"), message);
    assertTrue(message.contains("the object opened at line 3, column 9 is not closed"), message);
  }

  @Test
  void wrongTypeNamesPointerLineAndExpectation() {
    String message =
        ReadErrors.of(
            "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\",\n"
                + " \"os\": {\"build\": \"9600\"}}");
    assertTrue(message.startsWith("x.json: /os/build (line 2, column "), message);
    assertTrue(message.contains("integer"), message);
  }

  /** A document that breaks the schema is refused, and the message names the place. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaViolations")
  void schemaViolationsAreRefusedWithTheirPlace(String what, String json, String named) {
    String message = ReadErrors.of(json);
    assertTrue(message.contains(named), message);
  }

  static Stream<Arguments> schemaViolations() {
    return Stream.of(
        Arguments.of(
            "another schema version",
            "{\"schemaVersion\": 2, \"collectedAt\": \"2026-11-20T08:15:00Z\", \"os\": {\"build\": 1}}",
            "/schemaVersion"),
        Arguments.of(
            "a required section missing",
            "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\"}",
            "os"),
        Arguments.of(
            "an enum value misspelled",
            "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\", \"os\": {\"build\": 1,"
                + " \"architecture\": \"amd64\"}}",
            "/os/architecture"),
        Arguments.of(
            "an impossible date",
            "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\", \"os\": {\"build\": 1},"
                + " \"updates\": [{\"kb\": \"KB1\", \"installedOn\": \"2026-02-30\"}]}",
            "/updates/0"));
  }

  @Test
  void unknownFieldsAreToleratedWithAWarning() throws Exception {
    var loaded =
        reader.read(
            "x.json",
            ("{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\",\n"
                    + " \"os\": {\"build\": 9600, \"kernel\": \"nt\"}, \"extra\": true}")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(2, loaded.warnings().size(), loaded.warnings().toString());
    assertTrue(
        loaded.warnings().get(0).startsWith("x.json: /os/kernel (line 2"),
        loaded.warnings().toString());
  }

  @Test
  void refusesOversizedFilesBeforeReadingThem(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    Files.writeString(big, MINIMAL + " ".repeat(2000));
    InputException e = assertThrows(InputException.class, () -> new SnapshotReader(1024).read(big));
    assertTrue(e.getMessage().contains("over the limit of 1024 bytes"), e.getMessage());
  }

  @Test
  void missingFileAndEmptyFileAreInputErrors(@TempDir Path dir) throws IOException {
    InputException missing =
        assertThrows(InputException.class, () -> reader.read(dir.resolve("nope.json")));
    assertTrue(missing.getMessage().endsWith("no such file or directory"), missing.getMessage());
    Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
    InputException blank = assertThrows(InputException.class, () -> reader.read(empty));
    assertTrue(blank.getMessage().contains("empty file"));
  }

  @Test
  void normalisesKbNumbersAndErrorCodes() throws Exception {
    Snapshot s =
        reader
            .read(
                "x.json",
                ("{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\", \"os\": {\"build\": 1},"
                        + " \"updates\": [{\"kb\": \"kb2919355\"}, {\"kb\": \"2919442\"}],"
                        + " \"installAttempts\": [{\"result\": \"Failed\", \"code\": -2145124329},"
                        + " {\"result\": \"Failed\", \"code\": \"80244007\"}]}")
                    .getBytes(StandardCharsets.UTF_8))
            .snapshot();
    assertEquals(List.of("KB2919355", "KB2919442"), s.updates().stream().map(u -> u.kb()).toList());
    assertEquals("0x80240017", s.installAttempts().get(0).code());
    assertEquals("0x80244007", s.installAttempts().get(1).code());
  }

  @Test
  void missingAndNullSectionsMeanNotCollectedButEmptyListsDoNot() throws Exception {
    Snapshot s =
        reader
            .read(
                "x.json",
                ("{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\", \"os\": {\"build\": 1},"
                        + " \"updates\": [], \"services\": null}")
                    .getBytes(StandardCharsets.UTF_8))
            .snapshot();
    assertEquals(List.of(), s.updates());
    assertNull(s.services());
    assertNull(s.packages());
  }
}
