package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wuhealth.testing.Golden;

/**
 * Runs {@code wuhealth analyze} in process on every sample and compares the JSON and text reports
 * with the golden files in {@code samples/expected/}. Regenerate them after a deliberate change
 * with {@code mvn test -Dwuhealth.updateGolden=true} and review the diff.
 */
class SamplesEndToEndTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path EXPECTED = SAMPLES.resolve("expected");

  @TestFactory
  Stream<DynamicTest> everySampleMatchesItsGoldenReports() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return samples.stream()
        .map(
            sample ->
                DynamicTest.dynamicTest(sample.getFileName().toString(), () -> check(sample)));
  }

  private static void check(Path sample) throws IOException {
    String name = sample.getFileName().toString().replace(".json", "");
    String file = "../samples/" + sample.getFileName();
    CliRunner.Run json = CliRunner.run("analyze", "--format", "json", "--fail-on", "none", file);
    CliRunner.Run again = CliRunner.run("analyze", "--format", "json", "--fail-on", "none", file);
    CliRunner.Run text = CliRunner.run("analyze", "--fail-on", "none", file);
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(json.out(), again.out(), "the same snapshot gives byte-identical JSON");
    assertEquals("", json.err());

    JsonNode result = new ObjectMapper().readTree(json.out()).get("results").get(0);
    if (name.startsWith("healthy-")) {
      // Server 2012 R2 left extended security updates on 2026-10-13: a fully patched one may
      // still report that, and nothing else.
      List<String> allowed = name.contains("2012r2") ? List.of("GEN-OS-END-OF-SUPPORT") : List.of();
      List<String> found = new java.util.ArrayList<>();
      result.get("findings").forEach(f -> found.add(f.get("ruleId").asText()));
      assertTrue(allowed.containsAll(found), "a healthy host has no findings: " + json.out());
    } else {
      String expectedTop = name.toUpperCase(java.util.Locale.ROOT);
      assertEquals(expectedTop, result.get("findings").get(0).get("ruleId").asText(), json.out());
    }
    Golden.assertMatches(EXPECTED.resolve(name + ".json"), json.out());
    Golden.assertMatches(EXPECTED.resolve(name + ".txt"), text.out());
  }

  /** The README's example output is the golden report of its sample, so it cannot go stale. */
  @Test
  void theReadmeExampleIsTheGoldenReport() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String command = "$ ./wuhealth analyze samples/na-missing-prereq.json\n";
    int start = readme.indexOf(command);
    assertTrue(start >= 0, "the README shows " + command);
    start += command.length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    String golden =
        Files.readString(EXPECTED.resolve("na-missing-prereq.txt"), StandardCharsets.UTF_8);
    assertEquals(golden.replace("../samples/", "samples/"), shown);
  }
}
