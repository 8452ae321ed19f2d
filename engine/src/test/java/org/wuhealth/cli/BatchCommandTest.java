package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.testing.Golden;

/**
 * {@code wuhealth batch} end to end, in process, on the fleet in {@code samples/fleet/}: outputs,
 * exit codes, ordering, and golden files in {@code samples/expected/fleet/} (regenerate with {@code
 * -Dwuhealth.updateGolden=true} and review the diff).
 */
class BatchCommandTest {
  static final String FLEET = "../samples/fleet";
  private static final Path EXPECTED = Path.of("..", "samples", "expected", "fleet");
  private static final List<String> OUTPUTS =
      List.of("findings.jsonl", "hosts.csv", "errors.jsonl", "summary.json", "report.html");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void writesEveryOutputAndMatchesTheGoldenFiles() throws IOException {
    Path out = tmp.resolve("out");
    CliRunner.Run run = CliRunner.run("batch", "--jobs", "2", "--out", out.toString(), FLEET);
    assertEquals(ExitCodes.INPUTS_FAILED, run.exitCode(), run.err());
    assertEquals("", run.out(), "batch writes files, not stdout");
    assertTrue(run.err().contains("zz-truncated.json:5:1: malformed JSON"), run.err());
    assertTrue(run.err().contains("12 inputs: 11 hosts analysed, 1 unreadable"), run.err());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          OUTPUTS.stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
    for (String name : OUTPUTS) {
      Golden.assertMatches(
          EXPECTED.resolve(name), Files.readString(out.resolve(name), StandardCharsets.UTF_8));
    }
  }

  /**
   * Issue 16: the bundled samples are separate machines, each with its own SusClientId, so that
   * batching them does not fake a cloned image; samples/fleet keeps one deliberate pair.
   */
  @Test
  void theSamplesFakeNoFleetProblem() throws IOException {
    Path out = tmp.resolve("samples");
    CliRunner.Run run = CliRunner.run("batch", "--out", out.toString(), "../samples/*.json");
    assertTrue(run.err().contains("; 0 fleet findings;"), run.err());
    JsonNode fleet = JSON.readTree(out.resolve("summary.json").toFile()).get("fleetFindings");
    assertEquals(0, fleet.size(), fleet.toString());
    String deliberate = Files.readString(EXPECTED.resolve("findings.jsonl"));
    assertTrue(deliberate.contains("\"ruleId\":\"FLEET-DUPLICATE-SUSCLIENTID\""), deliberate);
  }

  @Test
  void outputsAreByteIdenticalWhateverTheJobCount() throws IOException {
    Path one = tmp.resolve("one");
    Path four = tmp.resolve("four");
    Path again = tmp.resolve("again");
    CliRunner.run("batch", "--jobs", "1", "--out", one.toString(), FLEET, "../samples/*.json");
    CliRunner.run("batch", "--jobs", "4", "--out", four.toString(), FLEET, "../samples/*.json");
    CliRunner.run("batch", "--jobs", "4", "--out", again.toString(), FLEET, "../samples/*.json");
    for (String name : OUTPUTS) {
      byte[] expected = Files.readAllBytes(one.resolve(name));
      assertArrayEquals(expected, Files.readAllBytes(four.resolve(name)), name + ", 4 jobs");
      assertArrayEquals(expected, Files.readAllBytes(again.resolve(name)), name + ", again");
    }
  }

  @Test
  void findingsJsonlHasOneLinePerHostFindingThenTheFleetFindings() throws IOException {
    Path out = tmp.resolve("out");
    CliRunner.run("batch", "--out", out.toString(), FLEET);
    List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"));
    List<JsonNode> nodes = lines.stream().map(BatchCommandTest::parse).toList();
    List<String> scopes = nodes.stream().map(n -> n.get("scope").asText()).toList();
    int firstFleet = scopes.indexOf("fleet");
    assertTrue(firstFleet > 0, "host findings come first: " + scopes);
    assertTrue(scopes.subList(firstFleet, scopes.size()).stream().allMatch("fleet"::equals));
    assertEquals(
        List.of(
            "FLEET-DUPLICATE-SUSCLIENTID",
            "FLEET-SHARED-WSUS-FAILURE",
            "FLEET-STALE-SCANS",
            "FLEET-STALE-SCANS"),
        nodes.subList(firstFleet, nodes.size()).stream()
            .map(n -> n.get("ruleId").asText())
            .sorted()
            .toList());
    JsonNode shared =
        nodes.stream()
            .filter(n -> n.get("ruleId").asText().equals("FLEET-SHARED-WSUS-FAILURE"))
            .findFirst()
            .orElseThrow();
    String evidence = shared.get("evidence").toString();
    assertTrue(evidence.contains("wsus01.corp.example:8531"), evidence);
    assertTrue(evidence.contains("0x80244007"), evidence);
    assertTrue(evidence.contains("the server WSUS01 (../samples/fleet/wsus01.json)"), evidence);
  }

  @Test
  void hostsCsvHasAHeaderAndOneRowPerReadableInput() throws IOException {
    Path out = tmp.resolve("out");
    CliRunner.run("batch", "--out", out.toString(), FLEET);
    List<String> rows = Files.readAllLines(out.resolve("hosts.csv"));
    assertTrue(
        rows.get(0).startsWith("source,host,as_of,collected_at,domain,os,build,ubr"), rows.get(0));
    assertTrue(rows.get(1).contains(",2026-11-"), "each host says as of which day: " + rows.get(1));
    assertEquals(1 + 11, rows.size());
    String hostile = rows.stream().filter(r -> r.contains("zz-hostile")).findFirst().orElseThrow();
    assertTrue(hostile.contains("\"<img src=x onerror=\"\"window.__pwned=1\"\">"), hostile);
  }

  @Test
  void exitCodesFollowFailOnAndUnreadableInputs() {
    String out = tmp.resolve("o").toString();
    String healthy = "../samples/healthy-server2016.json";
    String broken = "../samples/na-wrong-os.json";
    assertEquals(ExitCodes.OK, CliRunner.run("batch", "--out", out, healthy).exitCode());
    assertEquals(ExitCodes.FINDINGS, CliRunner.run("batch", "--out", out, broken).exitCode());
    assertEquals(
        ExitCodes.OK, CliRunner.run("batch", "--out", out, "--fail-on", "none", broken).exitCode());
    assertEquals(
        ExitCodes.OK,
        CliRunner.run("batch", "--out", out, "--fail-on", "critical", broken).exitCode());
    assertEquals(
        ExitCodes.INPUTS_FAILED,
        CliRunner.run("batch", "--out", out, healthy, "no-such-dir/").exitCode());
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("batch", "--out", out, "--jobs", "0", healthy).exitCode());
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("batch", "--out", out, "--fail-on", "bad", healthy).exitCode());
  }

  @Test
  void fleetFindingsCountTowardsFailOn() {
    // The fleet has host findings at high (the 2012 R2 host) and fleet findings at high.
    String out = tmp.resolve("o").toString();
    CliRunner.Run run =
        CliRunner.run(
            "batch", "--out", out, "../samples/fleet/web01.json", "../samples/fleet/web02.json");
    assertEquals(ExitCodes.FINDINGS, run.exitCode(), "duplicate SusClientId is high: " + run.err());
  }

  @Test
  void formatSelectsThePerHostOutputs() throws IOException {
    Path out = tmp.resolve("csv");
    CliRunner.run("batch", "--format", "csv", "--out", out.toString(), FLEET);
    assertTrue(Files.exists(out.resolve("hosts.csv")));
    assertTrue(Files.exists(out.resolve("summary.json")));
    assertTrue(Files.exists(out.resolve("errors.jsonl")));
    assertFalse(Files.exists(out.resolve("findings.jsonl")));
    assertFalse(Files.exists(out.resolve("report.html")));
  }

  @Test
  void summaryIsBuiltFromCounters() throws IOException {
    Path out = tmp.resolve("out");
    CliRunner.run("batch", "--out", out.toString(), FLEET);
    JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(12, s.at("/inputs/total").asInt());
    assertEquals(1, s.at("/inputs/failed").asInt());
    int hosts = 0;
    for (JsonNode n : s.get("hostsByWorstSeverity")) {
      hosts += n.asInt();
    }
    assertEquals(11, hosts);
    List<Long> hostsPerRule = new java.util.ArrayList<>();
    List<String> rules = new java.util.ArrayList<>();
    for (JsonNode r : s.get("findingsByRule")) {
      hostsPerRule.add(r.get("hosts").asLong());
      rules.add(r.get("ruleId").asText());
    }
    assertTrue(rules.contains("NA-WRONG-OS"), rules.toString());
    assertEquals(
        hostsPerRule.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
        hostsPerRule,
        "most frequent first");
    assertEquals(4, s.get("fleetFindings").size());
    assertFalse(s.at("/fleetChecks/0/skipped").asBoolean());
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
