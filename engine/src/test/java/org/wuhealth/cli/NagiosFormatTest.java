package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format nagios} of analyze and batch, checked against the plugin guidelines by an
 * independent parser ({@link MonitoringChecks#nagios}); the expected state of each sample comes
 * from its JSON report, not from the Nagios code. (scan: {@link LiveCommandsTest}.)
 */
class NagiosFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Each sample alone (its own state and exit code), against one JSON report of them all. */
  @TestFactory
  Stream<DynamicTest> everySampleFollowsThePluginGuidelinesWithTheRightState() throws IOException {
    List<String> files = Samples.jsonFiles();
    JsonNode results = Samples.jsonResults(files);
    assertEquals(files.size(), results.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode result : results) {
      String file = result.get("source").asText();
      tests.add(DynamicTest.dynamicTest(file, () -> check(file, result.get("summary"))));
    }
    return tests.stream();
  }

  private static void check(String file, JsonNode summary) {
    CliRunner.Run run = CliRunner.run("analyze", "--format", "nagios", file);
    MonitoringChecks.PluginOutput out = MonitoringChecks.nagios(run.out(), run.exitCode());
    String worst = summary.get("worstSeverity").asText("none");
    String expected =
        switch (worst) {
          case "critical", "high" -> "CRITICAL";
          case "medium" -> "WARNING";
          default -> "OK";
        };
    assertEquals(expected, out.state(), run.out());
    assertEquals(summary.get("findings").asLong(), out.perfdata().get("findings"), run.out());
    assertEquals(summary.get("skippedChecks").asLong(), out.perfdata().get("skipped"), run.out());
    if (!expected.equals("OK")) {
      assertTrue(out.text().contains(worst + ": "), "the status names the findings: " + out);
    }
    assertTrue(out.longOutput().get(0).contains(file), "the long output names the input");
  }

  @Test
  void theStatusLineHasTheShapeOfTheIssue() {
    CliRunner.Run run =
        CliRunner.run("analyze", "--format", "nagios", "../samples/na-wrong-os.json");
    assertTrue(
        run.out()
            .matches(
                "(?s)WUHEALTH CRITICAL - 2 high: NA-WRONG-OS, GEN-OS-END-OF-SUPPORT \\| findings=2;;;"
                    + " critical=0;;; high=2;;; medium=0;;; low=0;;; info=0;;; skipped=\\d+;;;"
                    + " not_read=0;;;\n.*"),
        run.out());
    assertTrue(run.out().contains("\n  - "), "evidence in the long output: " + run.out());
  }

  @Test
  void thresholdsChooseTheLevels() {
    String file = "../samples/na-superseded.json"; // one medium finding
    assertEquals(1, CliRunner.run("analyze", "--format", "nagios", file).exitCode());
    CliRunner.Run off =
        CliRunner.run("analyze", "--format", "nagios", "--warning-on", "none", file);
    MonitoringChecks.PluginOutput quiet = MonitoringChecks.nagios(off.out(), off.exitCode());
    assertEquals("OK", quiet.state());
    assertEquals("no finding at or above high (1 medium: NA-SUPERSEDED)", quiet.text());
    CliRunner.Run strict =
        CliRunner.run("analyze", "--format", "nagios", "--critical-on", "medium", file);
    assertEquals("CRITICAL", MonitoringChecks.nagios(strict.out(), strict.exitCode()).state());
  }

  @Test
  void anUnreadableInputIsUnknownNeverOk() throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"schemaVersion\": 1,");
    CliRunner.Run run = CliRunner.run("analyze", "--format", "nagios", broken.toString());
    MonitoringChecks.PluginOutput out = MonitoringChecks.nagios(run.out(), run.exitCode());
    assertEquals("UNKNOWN", out.state());
    assertTrue(out.text().contains("1 of 1 host unknown (" + broken + ")"), run.out());
    assertTrue(out.longOutput().get(0).contains("malformed JSON"), run.out());

    // beside a healthy host it is still UNKNOWN, not OK
    CliRunner.Run mixed =
        CliRunner.run(
            "analyze",
            "--format",
            "nagios",
            "../samples/healthy-server2016.json",
            broken.toString());
    assertEquals("UNKNOWN", MonitoringChecks.nagios(mixed.out(), mixed.exitCode()).state());
  }

  @Test
  void aRunThatCannotStartIsUnknownWithAStatusLine() {
    for (String[] args :
        List.of(
            new String[] {"analyze", "--format", "nagios", "--warning-on", "bad", "x.json"},
            new String[] {"analyze", "--format=nagios", "--no-such-option", "x.json"},
            new String[] {"analyze", "--format", "nagios", "--fail-on", "worst", "x.json"},
            new String[] {"batch", "--format", "nagios", "--jobs", "0", "x"})) {
      CliRunner.Run run = CliRunner.run(args);
      MonitoringChecks.PluginOutput out = MonitoringChecks.nagios(run.out(), run.exitCode());
      assertEquals("UNKNOWN", out.state(), String.join(" ", args));
      assertFalse(run.err().isEmpty(), "stderr still says what went wrong");
    }
  }

  @Test
  void aPipeInAHostNameCannotStartPerformanceData() throws IOException {
    ObjectNode snapshot =
        (ObjectNode) JSON.readTree(Path.of("../samples/na-wrong-arch.json").toFile());
    ((ObjectNode) snapshot.get("host")).put("name", "EVIL|x=1;;; y");
    Path file = tmp.resolve("evil.json");
    JSON.writeValue(file.toFile(), snapshot);
    CliRunner.Run one = CliRunner.run("analyze", "--format", "nagios", file.toString());
    MonitoringChecks.nagios(one.out(), one.exitCode());
    assertTrue(one.out().contains("EVIL/x=1;;; y"), one.out());
    CliRunner.Run two =
        CliRunner.run("analyze", "--format", "nagios", file.toString(), file.toString());
    MonitoringChecks.PluginOutput fleet = MonitoringChecks.nagios(two.out(), two.exitCode());
    assertFalse(fleet.perfdata().containsKey("x"), two.out());
  }

  @Test
  void manyHostsAreOneStatusCutToFourKilobytes(@TempDir Path dir) throws IOException {
    // Six machines per sample: the same file named six times would be one machine.
    ObjectMapper json = new ObjectMapper();
    int hosts = 0;
    try (Stream<Path> samples = Files.list(Path.of("../samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (int i = 0; i < 6; i++) {
          ObjectNode snapshot = (ObjectNode) json.readTree(sample.toFile());
          ObjectNode host = (ObjectNode) snapshot.get("host");
          host.put("name", host.get("name").asText() + "-" + i);
          json.writeValue(dir.resolve(i + "-" + sample.getFileName()).toFile(), snapshot);
          hosts++;
        }
      }
    }
    CliRunner.Run run = CliRunner.run("analyze", "--format", "nagios", dir.toString());
    MonitoringChecks.PluginOutput out = MonitoringChecks.nagios(run.out(), run.exitCode());
    assertEquals("CRITICAL", out.state());
    assertEquals(hosts, out.perfdata().get("hosts"), run.out());
    assertTrue(out.text().contains(" hosts critical ("), out.text());
    assertTrue(out.text().contains(", +"), "at most five names, then a count: " + out.text());
    assertTrue(
        out.longOutput().get(out.longOutput().size() - 1).contains("more lines"),
        "the cut is said: " + run.out());
  }

  @Test
  void batchGivesOneStatusForTheFleet() {
    Path out = tmp.resolve("out");
    CliRunner.Run run =
        CliRunner.run(
            "batch", "--format", "nagios", "--out", out.toString(), BatchCommandTest.FLEET);
    MonitoringChecks.PluginOutput status = MonitoringChecks.nagios(run.out(), run.exitCode());
    assertEquals("CRITICAL", status.state());
    assertEquals(12, status.perfdata().get("hosts"));
    assertEquals(1, status.perfdata().get("unknown_hosts"), "the truncated file");
    assertEquals(4, status.perfdata().get("fleet_findings"));
    assertTrue(status.text().contains("fleet: FLEET-DUPLICATE-SUSCLIENTID (high)"), run.out());
    assertTrue(
        status
            .longOutput()
            .contains(
                "UNKNOWN ../samples/fleet/zz-truncated.json: "
                    + "../samples/fleet/zz-truncated.json:5:1: malformed JSON: the document ends"
                    + " early: the object opened at line 4, column 9 is not closed"),
        run.out());
    assertTrue(Files.isRegularFile(out.resolve("errors.jsonl")), "errors.jsonl is still written");
  }
}
