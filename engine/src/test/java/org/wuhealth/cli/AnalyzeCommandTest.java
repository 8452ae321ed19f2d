package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final String HEALTHY = "../samples/healthy-server2016.json";
  private static final String WRONG_ARCH = "../samples/na-wrong-arch.json";

  @Test
  void versionAndHelp() {
    CliRunner.Run version = CliRunner.run("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("wuhealth 0.1.0"), version.out());
    CliRunner.Run help = CliRunner.run("analyze", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--fail-on"), help.out());
    assertTrue(help.out().contains("Exit codes:"), help.out());
  }

  @Test
  void theBundledRulesAreReadEarlyOnlyForAOneShotRunOnThem() {
    assertTrue(BackgroundRules.startsEarly(new String[] {"analyze", "--format", "json", "x.json"}));
    assertTrue(BackgroundRules.startsEarly(new String[] {"scan", "--out", "host.json"}));
    assertFalse(BackgroundRules.startsEarly(new String[] {"analyze", "--rules", "mine", "x.json"}));
    assertFalse(BackgroundRules.startsEarly(new String[] {"analyze", "--only=NA-WRONG-OS", "x"}));
    assertFalse(BackgroundRules.startsEarly(new String[] {"analyze", "--help"}));
    assertFalse(BackgroundRules.startsEarly(new String[] {"batch", "fleet/"}));
    assertFalse(BackgroundRules.startsEarly(new String[] {}));
  }

  @Test
  void theTopLevelHelpListsEveryCommandThoughARunBuildsOnlyItsOwn() {
    CliRunner.Run help = CliRunner.run("--help");
    assertEquals(0, help.exitCode());
    for (String command :
        List.of("analyze", "scan", "collect", "batch", "check-package", "import", "rules", "kb")) {
      assertTrue(help.out().contains("\n  " + command + " "), command + " in\n" + help.out());
    }
    assertEquals(
        List.of(RulesCommand.class),
        WuhealthCommand.subcommandsFor(new String[] {"rules", "list"}));
    assertEquals(8, WuhealthCommand.subcommandsFor(new String[] {"analyse"}).size());
    CliRunner.Run typo = CliRunner.run("analyse", "x.json");
    assertEquals(ExitCodes.USAGE_OR_INPUT, typo.exitCode());
  }

  /**
   * Issue 16: the checks that could not run take one line, so that a raw systeminfo's findings are
   * on the first screen; -v lists them all.
   */
  @Test
  void checksNotRunAreOneLineUnlessVerbose() {
    String systeminfo =
        "../facts-collector/src/test/resources/org/wuhealth/importers/real-exports/wesng-validation/"
            + "srv_2008r2_sp1_x64_standard_en-us_systeminfo.txt";
    CliRunner.Run run = CliRunner.run("analyze", "--now", "2019-03-04", systeminfo);
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.size() <= 12, run.out());
    assertEquals(
        "  1   medium    likely      CHK-SSU-OUTDATED  The servicing stack is out of date",
        lines.get(3));
    assertEquals(
        "  33 checks not run: no wsus.role, no installAttempts, no services,"
            + " no windowsUpdate.deployments, ... (-v lists them)",
        lines.get(lines.size() - 1));
    CliRunner.Run verbose = CliRunner.run("analyze", "-v", "--now", "2019-03-04", systeminfo);
    assertTrue(verbose.out().contains("  not checked (facts not collected):\n"), verbose.out());
    assertTrue(verbose.out().contains("\n    no services: CHK-WU-SERVICES\n"), verbose.out());
    assertFalse(verbose.out().contains("-v lists them"), verbose.out());
  }

  @Test
  void exitCodeFollowsFailOn() {
    assertEquals(ExitCodes.OK, CliRunner.run("analyze", HEALTHY).exitCode());
    assertEquals(ExitCodes.FINDINGS, CliRunner.run("analyze", WRONG_ARCH).exitCode());
    assertEquals(
        ExitCodes.OK, CliRunner.run("analyze", "--fail-on", "critical", WRONG_ARCH).exitCode());
    assertEquals(
        ExitCodes.OK, CliRunner.run("analyze", "--fail-on", "none", WRONG_ARCH).exitCode());
    assertEquals(
        ExitCodes.FINDINGS, CliRunner.run("analyze", "--fail-on", "info", WRONG_ARCH).exitCode());
  }

  @Test
  void badInputIsOneLineAndTheOtherFilesAreStillAnalyzed(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,\n  oops }");
    CliRunner.Run run = CliRunner.run("analyze", "--format", "json", broken.toString(), WRONG_ARCH);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("wuhealth: error: " + broken + ":2:"), run.err());
    assertTrue(run.out().contains("NA-WRONG-ARCH"), "the valid file was analyzed");
    assertTrue(run.out().contains("\"errors\""));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(ExitCodes.USAGE_OR_INPUT, CliRunner.run("analyze").exitCode());
    assertEquals(
        ExitCodes.USAGE_OR_INPUT, CliRunner.run("analyze", "--fail-on", "bad", HEALTHY).exitCode());
    assertEquals(
        ExitCodes.USAGE_OR_INPUT, CliRunner.run("analyze", "--format", "xml", HEALTHY).exitCode());
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("analyze", "--now", "tomorrow", HEALTHY).exitCode());
    assertEquals(ExitCodes.USAGE_OR_INPUT, CliRunner.run("frobnicate").exitCode());
  }

  @Test
  void nowOverridesTheCollectionTime() {
    CliRunner.Run run =
        CliRunner.run("analyze", "--format", "json", "--now", "2027-01-01T00:00:00Z", HEALTHY);
    assertTrue(run.out().contains("\"evaluatedAt\": \"2027-01-01T00:00:00Z\""), run.out());
  }

  @Test
  void textOutputHasNoColourWhenNotATerminal() {
    CliRunner.Run run = CliRunner.run("analyze", WRONG_ARCH);
    assertFalse(run.out().contains("\u001B["), run.out());
    assertTrue(run.out().contains("NA-WRONG-ARCH"));
  }

  @Test
  void scanMaxAgeIsConfigurable() {
    String stale =
        "../rules/catalog/notreceiving/NR-NOT-SCANNING/fires-no-scan-for-twelve-days.json";
    String finding = "\"ruleId\": \"NR-NOT-SCANNING\"";
    assertTrue(
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", stale)
            .out()
            .contains(finding));
    assertFalse(
        CliRunner.run(
                "analyze", "--format", "json", "--fail-on", "none", "--scan-max-age", "14", stale)
            .out()
            .contains(finding),
        "12 days is within a 14-day limit");
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("analyze", "--scan-max-age", "0", stale).exitCode());
  }

  /** Issue 12, defect 11: a plain date means the end of that day, and every output says "as of". */
  @Test
  void nowTakesAPlainDateAndEveryOutputSaysAsOfWhat() {
    CliRunner.Run json =
        CliRunner.run("analyze", "--format", "json", "--now", "2027-01-01", HEALTHY);
    assertTrue(
        json.out().contains("\"evaluatedAt\": \"2027-01-01T23:59:59.999999999Z\""), json.out());
    assertTrue(json.out().contains("\"asOf\": \"2027-01-01\""), json.out());
    CliRunner.Run text = CliRunner.run("analyze", "--now", "2027-01-01", HEALTHY);
    assertTrue(
        text.out().lines().findFirst().orElseThrow().endsWith("as of 2027-01-01"), text.out());
    CliRunner.Run own = CliRunner.run("analyze", HEALTHY);
    assertTrue(own.out().lines().findFirst().orElseThrow().endsWith("as of 2026-11-20"), own.out());
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("analyze", "--now", "2027-13-01", HEALTHY).exitCode());
  }

  /**
   * A snapshot older than the scan-age window is judged as of its own day, and the user is told.
   */
  @Test
  void anOldSnapshotIsJudgedAsOfItsOwnDayWithAWarningThatSuggestsNow() {
    java.time.Clock january =
        java.time.Clock.fixed(
            java.time.Instant.parse("2027-01-20T00:00:00Z"), java.time.ZoneOffset.UTC);
    CliRunner.Run old = CliRunner.runAt(january, "analyze", "--fail-on", "none", HEALTHY);
    assertTrue(
        old.out()
            .contains(
                "warning: the snapshot is 60 days old and is judged as of 2026-11-20, when it was"
                    + " collected; give --now 2027-01-20"),
        old.out());
    CliRunner.Run withinWindow =
        CliRunner.runAt(january, "analyze", "--fail-on", "none", "--scan-max-age", "90", HEALTHY);
    assertFalse(withinWindow.out().contains("warning: the snapshot is"), withinWindow.out());
    CliRunner.Run asked =
        CliRunner.runAt(january, "analyze", "--fail-on", "none", "--now", "2027-01-20", HEALTHY);
    assertFalse(asked.out().contains("warning: the snapshot is"), "--now given: " + asked.out());
  }

  /** Issue 12, defect 10: an OS the catalogue does not know is not reported healthy. */
  @Test
  void anUnknownReleaseListsTheEndOfSupportCheckAsNotCheckedWithAWarning() {
    String unknownBuild =
        "../rules/catalog/general/GEN-OS-END-OF-SUPPORT/ok-unknown-build-not-checked.json";
    CliRunner.Run run = CliRunner.run("analyze", "--fail-on", "none", unknownBuild);
    assertTrue(
        run.out()
            .contains(
                "warning: GEN-OS-END-OF-SUPPORT not checked: Windows Server Datacenter"
                    + " (build 12345) is not in the release catalogue"),
        run.out());
    assertTrue(run.out().contains(", 2 could not judge (-v lists them)\n"), run.out());
    CliRunner.Run verbose = CliRunner.run("analyze", "-v", "--fail-on", "none", unknownBuild);
    assertTrue(
        verbose.out().contains("    GEN-OS-END-OF-SUPPORT: Windows Server Datacenter"),
        verbose.out());
  }
}
