package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for what the inputs hold, in every command, run in process: a folder of many hosts'
 * exports is many hosts in {@code analyze} and {@code batch} alike, {@code import} refuses it, and
 * inputs that hold nothing are a usage error.
 */
class InputsEndToEndTest {
  /** 64 real systeminfo and wmic qfe captures of 42 hosts, XP to Server 2022, 8 languages. */
  static final String WESNG =
      "../facts-collector/src/test/resources/org/wuhealth/importers/real-exports/wesng-validation";

  private static final Path CAPTURES =
      Path.of("../facts-collector/src/test/resources/org/wuhealth/importers/captures");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void aFolderOfManyHostsGivesTheSameHostsInAnalyzeAndBatch() throws Exception {
    CliRunner.Run analyze =
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", WESNG);
    assertEquals(ExitCodes.OK, analyze.exitCode(), analyze.err());
    List<String> fromAnalyze = new ArrayList<>();
    for (JsonNode r : JSON.readTree(analyze.out()).get("results")) {
      fromAnalyze.add(r.get("source").asText() + " | " + r.at("/host/name").asText("-"));
    }
    assertEquals(42, fromAnalyze.size());
    assertEquals(3, analyze.err().lines().filter(l -> l.startsWith("wuhealth: skipped ")).count());

    Path out = tmp.resolve("out");
    CliRunner.Run batch =
        CliRunner.run("batch", "--fail-on", "none", "--out", out.toString(), WESNG);
    assertEquals(ExitCodes.OK, batch.exitCode(), batch.err());
    assertTrue(
        batch.err().contains("42 inputs: 42 hosts analysed, 0 unreadable, 3 files skipped"),
        batch.err());
    List<String> fromBatch = new ArrayList<>();
    List<String> rows = Files.readAllLines(out.resolve("hosts.csv"));
    for (String row : rows.subList(1, rows.size())) {
      List<String> cells = csv(row);
      fromBatch.add(cells.get(0) + " | " + (cells.get(1).isEmpty() ? "-" : cells.get(1)));
    }
    assertEquals(fromAnalyze, fromBatch);
    assertTrue(
        fromAnalyze.contains(
            WESNG
                + "/{srv_2012r2_u1_qfe.txt, srv_2012r2_u1_systeminfo.txt,"
                + " srv_2012r2_u1_systeminfo2.txt} | SRV12R2U1X64"),
        String.join("\n", fromAnalyze));
  }

  @Test
  void importRefusesInputsOfSeveralHostsNamingThem() throws Exception {
    Files.copy(CAPTURES.resolve("systeminfo/languages/de.txt"), tmp.resolve("a.txt"));
    Files.copy(CAPTURES.resolve("systeminfo/server2019-fo-table.txt"), tmp.resolve("b.txt"));
    Files.copy(CAPTURES.resolve("logs/CBS-2016.log"), tmp.resolve("CBS.log"));
    CliRunner.Run run = CliRunner.run("import", tmp.toString(), "--out", "-");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertEquals("", run.out());
    assertEquals(
        "wuhealth: error: the inputs describe 2 hosts (WSUS-LANG01 (build 7601, x64),"
            + " APP2019-07 (build 17763, x64)); import each host on its own, or analyze or batch"
            + " them together\n",
        run.err());
  }

  @Test
  void noInputAtAllIsAUsageErrorInAnalyzeAndBatch() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    for (String[] args :
        List.of(
            new String[] {"analyze", empty.toString()},
            new String[] {"analyze", tmp + "/*.json"},
            new String[] {"batch", "--out", tmp.resolve("o1").toString(), empty.toString()},
            new String[] {"batch", "--out", tmp.resolve("o2").toString(), tmp + "/*.json"})) {
      CliRunner.Run run = CliRunner.run(args);
      assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), String.join(" ", args));
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("wuhealth: error: no input: "), run.err());
    }
    Files.writeString(empty.resolve("notes.txt"), "nothing useful");
    CliRunner.Run notes = CliRunner.run("analyze", empty.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, notes.exitCode());
    assertEquals(
        "wuhealth: error: no input: no snapshot or export among 1 file ("
            + empty.resolve("notes.txt")
            + ": skipped: not an export wuhealth reads (starts with \"nothing useful\"))\n",
        notes.err());
  }

  @Test
  void batchNeverReadsItsOwnOutputsAndSkipsWhatIsNoInput() throws Exception {
    Path fleet = Files.createDirectories(tmp.resolve("fleet"));
    Files.copy(Path.of("../samples/healthy-server2016.json"), fleet.resolve("app.json"));
    Files.writeString(fleet.resolve("README.txt"), "exports of 2026-11-20\n");
    Path out = fleet.resolve("report");
    CliRunner.Run first = CliRunner.run("batch", "--out", out.toString(), fleet.toString());
    CliRunner.Run second = CliRunner.run("batch", "--out", out.toString(), fleet.toString());
    for (CliRunner.Run run : List.of(first, second)) {
      assertEquals(ExitCodes.OK, run.exitCode(), run.err());
      assertTrue(
          run.err().contains("1 inputs: 1 hosts analysed, 0 unreadable, 1 files skipped"),
          run.err());
      assertTrue(run.err().contains("wuhealth: skipped " + fleet.resolve("README.txt")), run.err());
    }
    Path file = Files.writeString(tmp.resolve("out.txt"), "");
    CliRunner.Run onFile = CliRunner.run("batch", "--out", file.toString(), fleet.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, onFile.exitCode());
    assertEquals(
        "wuhealth: error: --out must name a directory; " + file + " is a file\n", onFile.err());
  }

  @Test
  void analyzeOfTheSamplesFolderReadsNoReportAsASnapshot() throws Exception {
    CliRunner.Run run =
        CliRunner.run("analyze", "--format", "json", "--fail-on", "none", "../samples");
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode(), "the truncated fleet file fails");
    List<String> errors = run.err().lines().filter(l -> l.startsWith("wuhealth: error:")).toList();
    assertEquals(1, errors.size(), run.err());
    assertTrue(errors.get(0).contains("zz-truncated.json"), errors.get(0));
    assertTrue(
        run.err()
            .contains(
                "wuhealth: skipped ../samples/expected/healthy-server2016.json: a wuhealth report"),
        run.err());
    JsonNode report = JSON.readTree(run.out());
    for (JsonNode r : report.get("results")) {
      assertFalse(r.get("source").asText().startsWith("../samples/expected"), r.toString());
    }
  }

  @Test
  void checkPackageReadsAHostsExportsOrRefusesSeveralHosts() throws Exception {
    CliRunner.Run bundle =
        CliRunner.run(
            "check-package",
            "--snapshot",
            "../samples/bundles/legacy2012r2",
            "--format",
            "json",
            "KB2919355");
    JsonNode report = JSON.readTree(bundle.out());
    assertEquals("LEGACY2012R2-02", report.at("/snapshot/host/name").asText(), bundle.err());

    CliRunner.Run many = CliRunner.run("check-package", "--snapshot", WESNG, "KB2919355");
    assertEquals(ExitCodes.USAGE_OR_INPUT, many.exitCode());
    assertEquals(
        "wuhealth: error: "
            + WESNG
            + ": holds 42 hosts; check a package against one host (one"
            + " snapshot, or one folder or zip of exports)\n",
        many.err());
  }

  /** The cells of one CSV row as hosts.csv quotes them. */
  private static List<String> csv(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
