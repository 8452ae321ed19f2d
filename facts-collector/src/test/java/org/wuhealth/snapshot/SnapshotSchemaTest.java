package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every shipped sample validates against the published JSON Schema (networknt validator). */
class SnapshotSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everySampleValidates() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(samples.isEmpty());
    return samples.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () ->
                        assertEquals(
                            List.of(), SnapshotSchema.validate(JSON.readTree(p.toFile())))));
  }

  @Test
  void schemaRejectsWhatTheContractForbids() throws IOException {
    var violations =
        SnapshotSchema.validate(
            JSON.readTree(
                "{\"schemaVersion\": 1, \"collectedAt\": \"yesterday\", \"os\": {\"build\": 1},"
                    + " \"services\": [{\"name\": \"wuauserv\", \"state\": \"running\"}]}"));
    assertEquals(
        List.of("/collectedAt", "/services/0/state"),
        violations.stream().map(SnapshotSchema.Violation::pointer).distinct().sorted().toList());
  }
}
