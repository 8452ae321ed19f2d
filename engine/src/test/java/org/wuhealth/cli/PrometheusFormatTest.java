package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format prometheus} of analyze and batch: a strict parser of the exposition format
 * ({@link MonitoringChecks#prometheus}) and Prometheus's own {@code promtool check metrics} accept
 * the output of every sample, and the numbers agree with the JSON report. (scan: {@link
 * LiveCommandsTest}.)
 */
class PrometheusFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** One analyze over every sample: promtool checks it whole, then each sample's series. */
  @TestFactory
  Stream<DynamicTest> promtoolAcceptsEverySample() throws Exception {
    List<String> files = Samples.jsonFiles();
    List<String> args =
        new ArrayList<>(List.of("analyze", "--fail-on", "none", "--format", "prometheus"));
    args.addAll(files);
    CliRunner.Run metrics = CliRunner.run(args.toArray(String[]::new));
    MonitoringChecks.promtool(metrics.out());
    List<MonitoringChecks.Sample> samples = MonitoringChecks.prometheus(metrics.out());
    JsonNode results = Samples.jsonResults(files);
    assertEquals(files.size(), results.size());
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode result : results) {
      String file = result.get("source").asText();
      tests.add(DynamicTest.dynamicTest(file, () -> check(result, samples)));
    }
    return tests.stream();
  }

  private static void check(JsonNode result, List<MonitoringChecks.Sample> all) {
    String file = result.get("source").asText();
    List<MonitoringChecks.Sample> samples =
        all.stream().filter(s -> file.equals(s.labels().get("source"))).toList();
    Map<String, String> host = Map.of("source", file, "host", result.at("/host/name").asText());
    MonitoringChecks.Sample success = MonitoringChecks.of(samples, "wuhealth_scan_success").get(0);
    assertEquals(new MonitoringChecks.Sample("wuhealth_scan_success", host, "1"), success);
    long findings =
        MonitoringChecks.of(samples, "wuhealth_findings").stream()
            .mapToLong(s -> Long.parseLong(s.value()))
            .sum();
    assertEquals(result.at("/summary/findings").asLong(), findings);
    assertEquals(
        5, MonitoringChecks.of(samples, "wuhealth_findings").size(), "every severity, 0 too");
    long ruleFindings =
        MonitoringChecks.of(samples, "wuhealth_rule_findings").stream()
            .mapToLong(s -> Long.parseLong(s.value()))
            .sum();
    assertEquals(findings, ruleFindings);
    assertEquals(
        result.at("/summary/skippedChecks").asText(),
        MonitoringChecks.of(samples, "wuhealth_checks_skipped").get(0).value());
    long collected = java.time.Instant.parse(result.at("/collectedAt").asText()).getEpochSecond();
    assertEquals(
        String.valueOf(collected),
        MonitoringChecks.of(samples, "wuhealth_scan_timestamp_seconds").get(0).value());
    assertEquals(
        String.valueOf(result.at("/knowledge/ageDays").asLong() * 86_400),
        MonitoringChecks.of(samples, "wuhealth_knowledge_age_seconds").get(0).value());
    assertEquals(
        result.at("/knowledge/hostIsNewer").asBoolean() ? "1" : "0",
        MonitoringChecks.of(samples, "wuhealth_host_newer_than_knowledge").get(0).value());
  }

  @Test
  void oneSeriesPerRuleWithItsSeverityAndConfidence() {
    CliRunner.Run run =
        CliRunner.run("analyze", "--format", "prometheus", "../samples/na-missing-prereq.json");
    assertTrue(
        run.out()
            .contains(
                "wuhealth_rule_findings{source=\"../samples/na-missing-prereq.json\","
                    + "host=\"LEGACY2012R2-01\",rule=\"NA-MISSING-PREREQ\",severity=\"high\","
                    + "confidence=\"certain\"} 1\n"),
        run.out());
    assertTrue(run.out().contains("# TYPE wuhealth_findings gauge\n"), run.out());
    assertTrue(run.out().contains("# HELP wuhealth_findings "), run.out());
    assertEquals(1, run.exitCode(), "--fail-on applies as usual");
  }

  @Test
  void labelValuesAreEscaped() throws Exception {
    Path out = tmp.resolve("out");
    CliRunner.Run run =
        CliRunner.run(
            "batch", "--format", "prometheus", "--out", out.toString(), BatchCommandTest.FLEET);
    String text = Files.readString(out.resolve("wuhealth.prom"), StandardCharsets.UTF_8);
    List<MonitoringChecks.Sample> samples = MonitoringChecks.prometheus(text);
    String hostile =
        JSON.readTree(Path.of(BatchCommandTest.FLEET, "zz-hostile-name.json").toFile())
            .at("/host/name")
            .asText();
    assertTrue(hostile.contains("\""), "the sample's host name has a double quote: " + hostile);
    assertTrue(
        samples.stream().anyMatch(s -> hostile.equals(s.labels().get("host"))),
        "the host name survives escaping: " + text);
    assertEquals(ExitCodes.INPUTS_FAILED, run.exitCode(), run.err());
  }

  @Test
  void batchWritesOneSeriesSetPerHostThatPromtoolAccepts() throws Exception {
    Path out = tmp.resolve("out");
    CliRunner.run(
        "batch", "--format", "prometheus", "--out", out.toString(), BatchCommandTest.FLEET);
    String text = Files.readString(out.resolve("wuhealth.prom"), StandardCharsets.UTF_8);
    MonitoringChecks.promtool(text);
    List<MonitoringChecks.Sample> samples = MonitoringChecks.prometheus(text);
    List<MonitoringChecks.Sample> success = MonitoringChecks.of(samples, "wuhealth_scan_success");
    assertEquals(12, success.size());
    assertEquals(
        new MonitoringChecks.Sample(
            "wuhealth_scan_success", Map.of("source", "../samples/fleet/zz-truncated.json"), "0"),
        success.get(11),
        "an unreadable input is a 0, with no other series");
    assertEquals(11 * 5, MonitoringChecks.of(samples, "wuhealth_findings").size());
    assertTrue(
        text.contains(
            "wuhealth_fleet_findings{rule=\"FLEET-DUPLICATE-SUSCLIENTID\",severity=\"high\","
                + "confidence=\"certain\"} 1\n"),
        text);
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of("errors.jsonl", "summary.json", "wuhealth.prom"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary file is left behind");
    }
  }

  @Test
  void outWritesTheFileInOneStepAndNothingToStdout() throws Exception {
    Path prom = tmp.resolve("wuhealth.prom");
    Files.writeString(prom, "old\n");
    CliRunner.Run run =
        CliRunner.run(
            "analyze",
            "--format",
            "prometheus",
            "--out",
            prom.toString(),
            "../samples/healthy-server2019.json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("wuhealth: wrote " + prom + "\n", run.err());
    MonitoringChecks.prometheus(Files.readString(prom));
    try (Stream<Path> files = Files.list(tmp)) {
      assertEquals(List.of(prom), files.toList());
    }
    CliRunner.Run nowhere =
        CliRunner.run(
            "analyze",
            "--format",
            "prometheus",
            "--out",
            tmp.resolve("missing/x.prom").toString(),
            "../samples/healthy-server2019.json");
    assertEquals(ExitCodes.USAGE_OR_INPUT, nowhere.exitCode());
    assertEquals(
        "wuhealth: error: " + tmp.resolve("missing/x.prom") + ": cannot write: no such folder\n",
        nowhere.err());
  }
}
