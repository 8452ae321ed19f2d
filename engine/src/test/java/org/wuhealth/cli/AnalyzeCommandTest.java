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
}
