package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 5: the options several commands share are declared once and reach every command
 * that has them. {@code --scan-max-age} used to stop at analyze and scan: batch, check-package and
 * rules test analysed with the default settings.
 */
class SharedOptionsTest {
  /** Last scanned twelve days before it was collected: NR-NOT-SCANNING fires at 7, not at 14. */
  private static final String STALE =
      "../rules/catalog/notreceiving/NR-NOT-SCANNING/fires-no-scan-for-twelve-days.json";

  private static final String NOT_SCANNING = "\"ruleId\":\"NR-NOT-SCANNING\"";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void scanMaxAgeReachesBatch() throws IOException {
    assertTrue(batchFindings("default").contains(NOT_SCANNING));
    assertFalse(
        batchFindings("wide", "--scan-max-age", "14").contains(NOT_SCANNING),
        "12 days is within a 14-day limit");
  }

  private String batchFindings(String name, String... options) throws IOException {
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("batch", "--out", out.toString()));
    args.addAll(List.of(options));
    args.add(STALE);
    CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
    assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
    return Files.readString(out.resolve("findings.jsonl"), StandardCharsets.UTF_8);
  }

  @Test
  void scanMaxAgeReachesCheckPackage() throws IOException {
    assertEquals(
        otherFindings() - 1,
        otherFindings("--scan-max-age", "14"),
        "NR-NOT-SCANNING is no longer among the findings beside the package's verdict");
  }

  private int otherFindings(String... options) throws IOException {
    List<String> args =
        new ArrayList<>(List.of("check-package", "--snapshot", STALE, "--format", "json"));
    args.addAll(List.of(options));
    args.add("KB2919355");
    CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
    return JSON.readTree(run.out()).path("otherFindings").asInt(-1);
  }

  @Test
  void scanMaxAgeReachesRulesTest() {
    String folder = "../rules/catalog/notreceiving/NR-NOT-SCANNING";
    CliRunner.Run asShipped = CliRunner.run("rules", "test", folder);
    assertEquals(ExitCodes.OK, asShipped.exitCode(), asShipped.out() + asShipped.err());
    CliRunner.Run wide = CliRunner.run("rules", "test", "--scan-max-age", "14", folder);
    assertEquals(ExitCodes.FINDINGS, wide.exitCode(), "the twelve-day fixture no longer fires");
    assertTrue(wide.out().contains("fires-no-scan-for-twelve-days"), wide.out());
  }

  @Test
  void aBadSharedValueIsOneUsageLineWhateverTheCommand() {
    for (List<String> command :
        List.of(
            List.of("analyze", STALE),
            List.of("batch", "--out", tmp.resolve("bad").toString(), STALE),
            List.of("check-package", "--snapshot", STALE, "KB2919355"))) {
      List<String> args = new ArrayList<>(command.subList(0, 1));
      args.addAll(List.of("--scan-max-age", "0"));
      args.addAll(command.subList(1, command.size()));
      CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), command.toString());
      assertEquals(
          "wuhealth: error: --scan-max-age must be at least 1 day; got 0\n",
          run.err(),
          command.toString());
    }
  }

  /**
   * The remaining string-typed options are converted while picocli parses: a bad value is one usage
   * line with the option's name, in the one error style (the Nagios thresholds used to print
   * "wuhealth: error: wuhealth analyze: ...").
   */
  @Test
  void typedOptionsRefuseBadValuesWhileParsing() {
    assertUsageLine(
        "wuhealth: error: --warning-on must be one of critical, high, medium, low, info, none;"
            + " got 'loud'\n",
        "analyze",
        "--warning-on",
        "loud",
        STALE);
    assertUsageLine(
        "wuhealth: error: --critical-on must be one of critical, high, medium, low, info, none;"
            + " got 'x'\n",
        "batch",
        "--out",
        tmp.resolve("thresholds").toString(),
        "--critical-on",
        "x",
        STALE);
    assertUsageLine(
        "wuhealth: error: --host-timeout must be a number of seconds or minutes (30s, 2m, 0); got"
            + " 1h\n",
        "batch",
        "--out",
        tmp.resolve("timeout").toString(),
        "--host-timeout",
        "1h",
        STALE);
    assertUsageLine(
        "wuhealth: error: invalid value for option '--log-max-size': not a size like 64M: '12Q'"
            + " (see 'wuhealth scan --help')\n",
        "scan",
        "--log-max-size",
        "12Q");
    assertUsageLine(
        "wuhealth: error: invalid value for option '--source-timeout': must be at least 1, got 0"
            + " (see 'wuhealth collect --help')\n",
        "collect",
        "--source-timeout",
        "0",
        "--out",
        tmp.resolve("snapshot.json").toString());
  }

  private static void assertUsageLine(String expected, String... args) {
    CliRunner.Run run = CliRunner.run(args);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), String.join(" ", args));
    assertEquals(expected, run.err(), String.join(" ", args));
  }

  /** --debug is accepted, and listed, by every command that runs something. */
  @Test
  void everyCommandTakesDebug() {
    for (List<String> command : CommandPaths.RUNNABLE) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--debug", "--help"));
      CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
      assertEquals(0, run.exitCode(), command + ": " + run.err());
      assertTrue(
          run.out().matches("(?s).*--debug +Print stack traces of internal errors\\..*"),
          command + ":\n" + run.out());
    }
  }
}
