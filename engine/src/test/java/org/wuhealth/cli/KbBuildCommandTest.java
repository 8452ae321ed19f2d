package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb build} on recorded documents: writing, --check, resolutions and the report. */
class KbBuildCommandTest {
  @TempDir Path temp;

  private Path cvrf() throws Exception {
    Path dir = temp.resolve("cvrf");
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    Files.copy(
        KbUpdateCommandTest.resource("cvrfDocument-2026-Jan-excerpt.json"),
        dir.resolve("cvrfDocument-2026-Jan-excerpt.json"));
    return dir;
  }

  /** kb build of the January CVRF excerpt, with these further arguments. */
  private CliRunner.Run build(String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("kb", "build", "--cvrf", cvrf().toString()));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void buildsTheTablesAndChecksThemAgainstARebuild() throws Exception {
    Path out = temp.resolve("out");
    CliRunner.Run build = build("--out", out.toString());
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(
        build.out().startsWith("read 1 CVRF document(s) (2026-Jan to 2026-Jan) in "), build.out());
    assertTrue(
        build
            .out()
            .contains(
                "\n  disagreements with hand-made rows: 0 (0 settled by resolutions, 0 not)\n"),
        build.out());
    String rollups = Files.readString(out.resolve("rollups.csv"), StandardCharsets.UTF_8);
    assertTrue(
        rollups.contains(
            "\nKB5073722,ws2016|win10-1607,2026-01-13,cumulative,14393,8783,,verified,MSRC CVRF 2026-Jan (revision 2026-01-30)\n"),
        rollups);
    assertTrue(
        Files.readString(out.resolve("edition.properties"))
            .contains("\ndocuments=2026-Jan@2026-01-30\n"));

    CliRunner.Run same = build("--out", out.toString(), "--check");
    assertEquals(0, same.exitCode(), same.out());
    assertTrue(
        same.out()
            .endsWith("the committed tables are what the documents and hand-made rows give\n"),
        same.out());

    Files.writeString(out.resolve("rollups.csv"), rollups.replace(",14393,8783,", ",14393,8784,"));
    CliRunner.Run changed = build("--out", out.toString(), "--check");
    assertEquals(ExitCodes.FINDINGS, changed.exitCode());
    assertTrue(
        changed.out().contains("--- " + out.resolve("rollups.csv") + " (as committed)\n"),
        changed.out());
    assertTrue(
        changed.out().contains("\n-KB5073722,ws2016|win10-1607,2026-01-13,cumulative,14393,8784,"),
        changed.out());
    assertTrue(
        changed.out().contains("\n+KB5073722,ws2016|win10-1607,2026-01-13,cumulative,14393,8783,"),
        changed.out());
    assertTrue(
        changed
            .out()
            .endsWith(
                "1 file(s) differ from a rebuild; rebuild them (see docs/knowledge.md) and commit\n"),
        changed.out());
  }

  @Test
  void disagreementsNeedAResolutionAndGoToTheReport() throws Exception {
    Path hand = Files.createDirectories(temp.resolve("hand"));
    Files.writeString(
        hand.resolve("rollups.csv"),
        "kb,release_ids,release_date,type,build,ubr,security_only_kb,confidence,source\n"
            + "KB5073722,ws2016|win10-1607,2026-01-14,cumulative,14393,8783,,verified-3p,update history page\n");
    Path out = temp.resolve("out");
    CliRunner.Run open = build("--hand", hand.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FINDINGS, open.exitCode());
    assertTrue(
        open.err()
            .contains(
                "rollups.csv KB5073722 release_date: hand-made row 2026-01-14 (update history page), CVRF"
                    + " 2026-01-13 (MSRC CVRF 2026-Jan (revision 2026-01-30)); e.g."
                    + " KB5073722,release_date,2026-01-14,2026-01-13,cvrf|hand|VALUE,SOURCE"),
        open.err());
    assertFalse(Files.exists(out), "nothing is written while a disagreement is open");

    Path resolutions = temp.resolve("resolutions.csv");
    Files.writeString(
        resolutions,
        "kb,field,hand_value,cvrf_value,use,source\n"
            + "KB5073722,release_date,,,cvrf,January 13 2026 was the release day\n");
    Path doc = temp.resolve("knowledge.md");
    Files.writeString(
        doc,
        "# Knowledge\n\n<!-- kb build: disagreements (generated, do not edit) -->\nold\n<!-- end of kb build: disagreements -->\nafter\n");
    CliRunner.Run settled =
        build(
            "--hand",
            hand.toString(),
            "--resolutions",
            resolutions.toString(),
            "--out",
            out.toString(),
            "--report",
            doc.toString());
    assertEquals(0, settled.exitCode(), settled.err());
    assertEquals(
        "# Knowledge\n\n<!-- kb build: disagreements (generated, do not edit) -->\n"
            + "| update | field | hand-made row | CVRF | kept | why (source) |\n"
            + "| --- | --- | --- | --- | --- | --- |\n"
            + "| KB5073722 | release_date | 2026-01-14 | 2026-01-13 (MSRC CVRF 2026-Jan (revision 2026-01-30)) | CVRF | January 13 2026 was the release day |\n"
            + "<!-- end of kb build: disagreements -->\nafter\n",
        Files.readString(doc));
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path dir = cvrf();
    Files.writeString(dir.resolve("notes.xml"), "<html><body>not CVRF</body></html>");
    CliRunner.Run run =
        CliRunner.run(
            "kb", "build", "--cvrf", dir.toString(), "--out", temp.resolve("out").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertEquals(
        "wuhealth: error: "
            + dir.resolve("notes.xml")
            + ":1:7: not a CVRF document: the root element is html\n",
        run.err());
  }
}
