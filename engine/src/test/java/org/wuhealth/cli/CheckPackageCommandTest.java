package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wuhealth check-package}, run in process end to end. */
class CheckPackageCommandTest {
  private static final String HEALTHY_2016 = "../samples/healthy-server2016.json";
  private static final String SUPERSEDED_2016 = "../samples/na-superseded.json";
  private static final String NEXT_LCU =
      "windows10.0-kb5130000-x64_0123456789abcdef0123456789abcdef01234567.msu";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(CliRunner.Run run) throws Exception {
    return JSON.readTree(run.out());
  }

  /** check-package with {@code --format json} of these packages against this snapshot. */
  private static CliRunner.Run checkAsJson(String snapshot, String... packages) {
    List<String> args =
        new ArrayList<>(List.of("check-package", "--format", "json", "--snapshot", snapshot));
    args.addAll(List.of(packages));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void aPackageNoCauseBlocksIsApplicable() {
    CliRunner.Run run = CliRunner.run("check-package", "--snapshot", HEALTHY_2016, NEXT_LCU);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.out().contains(NEXT_LCU + " (KB5130000, windows10.0, x64): applicable"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void causesAreRankedWithTheirEvidence() {
    CliRunner.Run run =
        CliRunner.run("check-package", "--snapshot", HEALTHY_2016, "windows10.0-kb5099535-x64.msu");
    assertEquals(ExitCodes.FINDINGS, run.exitCode());
    assertTrue(
        run.out()
            .contains(
                "windows10.0-kb5099535-x64.msu (KB5099535, windows10.0, x64): not applicable"),
        run.out());
    assertTrue(run.out().contains("NA-SUPERSEDED"), run.out());
    assertTrue(
        run.out().contains("KB5120418 (2026-08 cumulative update, 2026-08-11) is installed"),
        run.out());
    assertEquals(
        ExitCodes.OK,
        CliRunner.run(
                "check-package",
                "--fail-on",
                "high",
                "--snapshot",
                HEALTHY_2016,
                "windows10.0-kb5099535-x64.msu")
            .exitCode(),
        "superseded is a medium cause");
  }

  @Test
  void jsonListsEveryPackageWithItsVerdict() throws Exception {
    CliRunner.Run run =
        checkAsJson(HEALTHY_2016, "windows10.0-kb5120418-x86.msu", "KB5130000", NEXT_LCU);
    assertEquals(ExitCodes.FINDINGS, run.exitCode());
    JsonNode root = json(run);
    assertEquals("check-package", root.get("command").asText());
    assertEquals("APP2016-01", root.get("snapshot").get("host").get("name").asText());
    JsonNode packages = root.get("packages");
    assertEquals(3, packages.size());

    JsonNode x86 = packages.get(0);
    assertEquals("not-applicable", x86.get("verdict").asText());
    assertEquals("x86", x86.get("architecture").asText());
    assertEquals("NA-WRONG-ARCH", x86.get("causes").get(0).get("ruleId").asText());
    assertEquals("NA-ALREADY-INSTALLED", x86.get("causes").get(1).get("ruleId").asText());

    JsonNode kbOnly = packages.get(1);
    assertEquals(
        "unknown", kbOnly.get("verdict").asText(), "a KB alone leaves the architecture open");
    assertTrue(kbOnly.get("architecture").isNull());
    assertTrue(kbOnly.get("notChecked").toString().contains("NA-WRONG-ARCH"), kbOnly.toString());

    assertEquals("applicable", packages.get(2).get("verdict").asText());
    assertEquals(0, root.get("otherFindings").asInt());
    assertEquals(
        run.out(),
        checkAsJson(HEALTHY_2016, "windows10.0-kb5120418-x86.msu", "KB5130000", NEXT_LCU).out(),
        "byte-identical output");
  }

  @Test
  void anUnparseableNameIsReportedAndTheOthersAreStillChecked() throws Exception {
    CliRunner.Run run = checkAsJson(HEALTHY_2016, "WSUS-KB4484071-x64.exe", NEXT_LCU);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err().startsWith("wuhealth: error: WSUS-KB4484071-x64.exe: not an update package name"),
        run.err());
    assertTrue(run.err().contains("give KB4484071"), run.err());
    JsonNode packages = json(run).get("packages");
    assertEquals("unparseable", packages.get(0).get("verdict").asText());
    assertEquals("applicable", packages.get(1).get("verdict").asText());
  }

  @Test
  void theHostsOwnAttemptsStayOutOfTheAnswer() throws Exception {
    CliRunner.Run run = checkAsJson(SUPERSEDED_2016, NEXT_LCU);
    assertEquals(ExitCodes.OK, run.exitCode(), run.out());
    JsonNode root = json(run);
    assertEquals("applicable", root.get("packages").get(0).get("verdict").asText());
    assertEquals(1, root.get("otherFindings").asInt(), "the sample's own NA-SUPERSEDED finding");
    CliRunner.Run text = CliRunner.run("check-package", "--snapshot", SUPERSEDED_2016, NEXT_LCU);
    assertTrue(text.out().contains("note: the snapshot has 1 other finding"), text.out());
  }

  @Test
  void missingFactsMakeTheAnswerUnknownNotApplicable(@TempDir Path dir) throws Exception {
    Path bare =
        Files.writeString(
            dir.resolve("bare.json"),
            "{\"schemaVersion\": 1, \"collectedAt\": \"2026-11-20T08:15:00Z\","
                + " \"os\": {\"version\": \"10.0\", \"build\": 14393, \"productType\": \"server\","
                + " \"architecture\": \"x64\"}}");
    CliRunner.Run run = checkAsJson(bare.toString(), NEXT_LCU);
    assertEquals(ExitCodes.OK, run.exitCode());
    JsonNode verdict = json(run).get("packages").get(0);
    assertEquals("unknown", verdict.get("verdict").asText());
    assertTrue(
        verdict
            .get("notChecked")
            .toString()
            .contains("NA-ALREADY-INSTALLED: the snapshot has no updates or packages"),
        verdict.toString());
  }

  @Test
  void anUnreadableSnapshotIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,\n  oops }");
    CliRunner.Run run = checkAsJson(broken.toString(), NEXT_LCU);
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("wuhealth: error: " + broken + ":2:"), run.err());
    JsonNode root = json(run);
    assertTrue(root.get("snapshot").isNull());
    assertEquals(1, root.get("errors").size());
  }

  @Test
  void usageErrors() {
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("check-package", NEXT_LCU).exitCode(),
        "no --snapshot");
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("check-package", "--snapshot", HEALTHY_2016).exitCode(),
        "no package");
    assertEquals(
        ExitCodes.USAGE_OR_INPUT,
        CliRunner.run("check-package", "--fail-on", "bad", "--snapshot", HEALTHY_2016, NEXT_LCU)
            .exitCode());
    CliRunner.Run help = CliRunner.run("check-package", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("Exit codes:"), help.out());
    assertTrue(CliRunner.run("--help").out().contains("check-package"));
  }
}
