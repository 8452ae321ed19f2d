package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.testing.Golden;

/** {@code wuhealth import}, and {@code analyze} on raw exports and bundles, run in process. */
class ImportCommandTest {
  private static final String BUNDLE = "../samples/bundles/legacy2012r2";
  private static final Path CAPTURES =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers/captures");
  private static final Path EXPECTED = Path.of("../samples/expected/bundles");

  @TempDir Path dir;

  @Test
  void importWritesASnapshotThatAnalyzeReads() throws Exception {
    Path out = dir.resolve("legacy.json");
    CliRunner.Run run = CliRunner.run("import", BUNDLE, "--out", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains("wuhealth: read " + BUNDLE + "/systeminfo.txt: systeminfo output (UTF-8)"),
        run.err());
    assertTrue(run.err().contains("README-case.txt: skipped: not an export"), run.err());
    assertTrue(
        run.err()
            .endsWith(
                "wrote "
                    + out
                    + ": LEGACY2012R2-02 (Windows Server 2012 R2 Standard, build 9600.17047, x64)\n"),
        run.err());
    JsonNode snapshot = new ObjectMapper().readTree(Files.readString(out));
    assertEquals("import", snapshot.at("/collector/mode").asText());
    assertEquals(
        BUNDLE + "/ReportingEvents.log",
        snapshot.at("/provenance").findValues("file").stream()
            .map(JsonNode::asText)
            .filter(f -> f.endsWith(".log"))
            .findFirst()
            .orElseThrow());

    CliRunner.Run fromSnapshot =
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", out.toString());
    CliRunner.Run fromBundle =
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", BUNDLE);
    assertEquals(
        new ObjectMapper().readTree(fromBundle.out()).at("/results/0/findings"),
        new ObjectMapper().readTree(fromSnapshot.out()).at("/results/0/findings"),
        "importing first or on the fly gives the same findings");
  }

  @Test
  void analyzeABundleShowsTheFilesTheFindingRestsOn() throws Exception {
    CliRunner.Run json = CliRunner.run("analyze", "--format", "json", "--fail-on", "none", BUNDLE);
    CliRunner.Run text = CliRunner.run("analyze", "--fail-on", "none", BUNDLE);
    assertEquals(ExitCodes.OK, json.exitCode(), json.err());
    assertEquals("", json.err());
    JsonNode finding = new ObjectMapper().readTree(json.out()).at("/results/0/findings/0");
    assertEquals("NA-MISSING-PREREQ", finding.get("ruleId").asText());
    String last = finding.get("evidence").get(finding.get("evidence").size() - 1).asText();
    assertEquals(
        "read from: "
            + BUNDLE
            + "/ReportingEvents.log line 2 (installAttempts); "
            + BUNDLE
            + "/HKLM-CurrentVersion.reg (os); "
            + BUNDLE
            + "/systeminfo.txt (os, updates)",
        last);
    golden("legacy2012r2.json", json.out());
    golden("legacy2012r2.txt", text.out());
  }

  @Test
  void toStandardOutputWithHostAndTime() throws Exception {
    CliRunner.Run run =
        CliRunner.run(
            "import",
            CAPTURES.resolve("systeminfo/languages/zh-cn.txt").toString(),
            "--out",
            "-",
            "--host",
            "ANON-01",
            "--collected-at",
            "2026-11-20T08:00:00Z");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    JsonNode snapshot = new ObjectMapper().readTree(run.out());
    assertEquals("ANON-01", snapshot.at("/host/name").asText());
    assertEquals("2026-11-20T08:00:00Z", snapshot.at("/collectedAt").asText());
    assertEquals(7601, snapshot.at("/os/build").asInt());
  }

  @Test
  void badInputsAreOneLineAndExitTwo() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "nothing useful");
    CliRunner.Run nothing = CliRunner.run("import", notes.toString(), "--out", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, nothing.exitCode());
    assertEquals(1, nothing.err().lines().count(), nothing.err());
    assertTrue(
        nothing.err().startsWith("wuhealth: error: " + notes + ": nothing to import"),
        nothing.err());

    CliRunner.Run missing = CliRunner.run("import", dir.resolve("nope").toString(), "--out", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, missing.exitCode());
    assertTrue(missing.err().endsWith("no such file or directory\n"), missing.err());

    assertEquals(
        ExitCodes.USAGE_OR_INPUT, CliRunner.run("import", BUNDLE).exitCode(), "--out is required");
    CliRunner.Run badTime =
        CliRunner.run("import", BUNDLE, "--out", "-", "--collected-at", "yesterday");
    assertEquals(ExitCodes.USAGE_OR_INPUT, badTime.exitCode());
    assertTrue(badTime.err().startsWith("wuhealth: error: --collected-at must be"), badTime.err());
  }

  @Test
  void analyzeMixesSnapshotsRawFilesAndFailures() throws Exception {
    Path qfeOnly =
        Files.copy(CAPTURES.resolve("qfe/wmic-qfe-format-csv.csv"), dir.resolve("qfe.csv"));
    Path zip = dir.resolve("case.zip");
    try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("info/systeminfo.txt"));
      out.write(Files.readAllBytes(CAPTURES.resolve("systeminfo/languages/fr.txt")));
      out.closeEntry();
    }
    CliRunner.Run run =
        CliRunner.run(
            "analyze",
            "--format",
            "json",
            "--fail-on",
            "none",
            "../samples/healthy-server2016.json",
            CAPTURES.resolve("systeminfo/server2019-fo-table.txt").toString(),
            zip.toString(),
            qfeOnly.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains(qfeOnly + ": no file gives the OS build"), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(3, report.get("results").size());
    assertEquals("APP2019-07", report.at("/results/1/host/name").asText());
    assertEquals(zip.toString(), report.at("/results/2/source").asText());
    assertEquals(1, report.get("errors").size());
  }

  private static void golden(String name, String actual) throws IOException {
    Golden.assertMatches(EXPECTED.resolve(name), actual);
  }
}
