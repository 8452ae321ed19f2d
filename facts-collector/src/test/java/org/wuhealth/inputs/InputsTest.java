package org.wuhealth.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

class InputsTest {
  static final Path CAPTURES = TestFiles.CAPTURES;
  static final Path BUNDLE = Path.of("../samples/bundles/legacy2012r2");

  private final Inputs inputs = new Inputs(SnapshotReader.DEFAULT_MAX_BYTES, "0.1.0");

  @TempDir Path dir;

  private InputPlan plan(Path... paths) {
    return inputs.plan(List.of(paths).stream().map(Path::toString).toList());
  }

  /** "host SOURCE NAME", "error MESSAGE" for each planned host, loaded. */
  private List<String> load(InputPlan plan) {
    return plan.hosts().stream()
        .map(
            h -> {
              Loaded l = inputs.load(h);
              return l instanceof Loaded.Ready host
                  ? "host " + host.source() + " " + host.snapshot().hostName()
                  : "error " + ((Loaded.Failure) l).error().getMessage();
            })
        .toList();
  }

  @Test
  void aFolderOfOneHostsExportsIsThatHostsBundle() {
    InputPlan plan = plan(BUNDLE);
    assertEquals(List.of("host " + BUNDLE + " LEGACY2012R2-02"), load(plan));
    Loaded.Ready host = (Loaded.Ready) inputs.load(plan.hosts().get(0));
    assertTrue(
        host.warnings().stream().anyMatch(w -> w.contains("README-case.txt: skipped")),
        "a file that is no export is reported with the host of its folder: " + host.warnings());
    assertEquals(List.of(), plan.skipped());
  }

  @Test
  void aCollectionHoldsSnapshotsZipsAndBundleFolders() throws Exception {
    Files.copy(Path.of("../samples/healthy-server2016.json"), dir.resolve("a-snapshot.json"));
    Path host1 = Files.createDirectories(dir.resolve("hosts/host1"));
    Files.copy(CAPTURES.resolve("systeminfo/languages/de.txt"), host1.resolve("sysinfo.txt"));
    Files.createDirectories(host1.resolve("logs"));
    Files.copy(CAPTURES.resolve("logs/CBS-2016.log"), host1.resolve("logs/CBS.log"));
    zip(
        dir.resolve("hosts/host2.zip"),
        Map.of("systeminfo.csv", CAPTURES.resolve("systeminfo/server2019-fo-csv.csv")));
    Files.writeString(dir.resolve("README.md"), "# fleet export of 2026-11-20\n");
    Files.createDirectories(dir.resolve("loose"));
    Files.copy(CAPTURES.resolve("qfe/wmic-qfe-format-csv.csv"), dir.resolve("loose/qfe-only.csv"));
    InputPlan plan = plan(dir);
    List<String> loaded = load(plan);
    assertEquals(
        List.of(
            "host " + dir.resolve("a-snapshot.json") + " APP2016-01",
            "host " + dir.resolve("hosts/host1") + " WSUS-LANG01",
            "host " + dir.resolve("hosts/host2.zip") + " APP2019-07"),
        loaded.subList(0, 3));
    assertTrue(
        loaded.get(3).startsWith("error " + dir.resolve("loose") + ": no file gives the OS build"),
        loaded.get(3));
    assertEquals(
        List.of(
            new Skipped(
                dir.resolve("README.md").toString(),
                "not an export wuhealth reads (starts with \"# fleet export of 2026-1...\")")),
        plan.skipped());
  }

  @Test
  void aFolderOfTwoHostsExportsIsTwoHosts() throws Exception {
    Path host1 = Files.createDirectories(dir.resolve("host1"));
    Files.copy(CAPTURES.resolve("systeminfo/languages/de.txt"), host1.resolve("sysinfo.txt"));
    Files.copy(CAPTURES.resolve("systeminfo/server2019-fo-csv.csv"), dir.resolve("other-host.csv"));
    assertEquals(
        List.of(
            "host " + host1 + " WSUS-LANG01",
            "host " + dir.resolve("other-host.csv") + " APP2019-07"),
        load(plan(dir)));
  }

  @Test
  void oneHostInTwoLanguagesIsOneHost() throws Exception {
    Files.copy(CAPTURES.resolve("systeminfo/languages/de.txt"), dir.resolve("de.txt"));
    Files.copy(CAPTURES.resolve("systeminfo/languages/en.txt"), dir.resolve("en.txt"));
    assertEquals(List.of("host " + dir + " WSUS-LANG01"), load(plan(dir)));
  }

  @Test
  void aFileThatNamesNoHostJoinsTheOnlyHostOfItsFolderOrIsReportedAmbiguous() throws Exception {
    Files.copy(CAPTURES.resolve("systeminfo/languages/it.txt"), dir.resolve("srv-a.txt"));
    Files.copy(CAPTURES.resolve("logs/CBS-2016.log"), dir.resolve("CBS.log"));
    Snapshot one = ((Loaded.Ready) inputs.load(plan(dir).hosts().get(0))).snapshot();
    assertTrue(one.events() != null && !one.events().isEmpty(), "the log joined the host");

    Files.copy(CAPTURES.resolve("systeminfo/server2019-fo-table.txt"), dir.resolve("srv-b.txt"));
    InputPlan two = plan(dir);
    assertEquals(2, two.hosts().size());
    assertEquals(1, two.problems().size());
    InputException problem = two.problems().get(0);
    assertEquals(dir.resolve("CBS.log").toString(), problem.file());
    assertTrue(
        problem
            .getMessage()
            .contains(
                "names no host, and its folder holds 2 hosts (APP2019-07 (build 17763, x64),"
                    + " WSUS-LANG01 (build 7601, x64)), so it was left out"),
        problem.getMessage());
  }

  @Test
  void aFileNamedAfterItsHostOrInItsHostsFolderJoinsIt() throws Exception {
    Files.copy(CAPTURES.resolve("systeminfo/languages/it.txt"), dir.resolve("WSUS-LANG01.txt"));
    Files.copy(
        CAPTURES.resolve("systeminfo/server2019-fo-table.txt"), dir.resolve("APP2019-07.txt"));
    Files.copy(CAPTURES.resolve("logs/CBS-2016.log"), dir.resolve("app2019-07_CBS.log"));
    Files.createDirectories(dir.resolve("WSUS-LANG01"));
    Files.copy(CAPTURES.resolve("logs/CBS-2016.log"), dir.resolve("WSUS-LANG01/CBS.log"));
    InputPlan plan = plan(dir);
    assertEquals(List.of(), plan.problems());
    assertEquals(
        List.of(
            dir + "/{APP2019-07.txt, app2019-07_CBS.log}",
            dir + "/{WSUS-LANG01.txt, WSUS-LANG01/CBS.log}"),
        plan.hosts().stream().map(HostInput::source).toList());
  }

  @Test
  void wuhealthsOwnReportsAndExcludedFoldersAreNoInputs() throws Exception {
    Path expected = Path.of("../samples/expected");
    InputPlan plan = plan(expected);
    assertEquals(List.of(), plan.hosts(), "golden reports are not snapshots");
    assertTrue(
        plan.skipped().stream()
            .anyMatch(
                s ->
                    s.file().endsWith("healthy-server2016.json")
                        && s.reason().startsWith("a wuhealth report")),
        plan.skipped().toString());

    Files.copy(Path.of("../samples/healthy-server2016.json"), dir.resolve("host.json"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.copy(Path.of("../samples/na-wrong-os.json"), out.resolve("old.json"));
    InputPlan excluding =
        new Inputs(SnapshotReader.DEFAULT_MAX_BYTES, "0.1.0", out, Set.of("summary.json"))
            .plan(List.of(dir.toString()));
    assertEquals(
        List.of(dir.resolve("host.json").toString()),
        excluding.hosts().stream().map(HostInput::source).toList());
  }

  @Test
  void aLoneExportIsOneHostOrOneClearError() throws Exception {
    List<String> info = load(plan(CAPTURES.resolve("systeminfo/languages/ru.txt")));
    assertEquals(
        List.of("host " + CAPTURES.resolve("systeminfo/languages/ru.txt") + " WSUS-LANG01"), info);
    List<String> qfe = load(plan(CAPTURES.resolve("qfe/wmic-qfe-format-csv.csv")));
    assertTrue(qfe.get(0).contains("no file gives the OS build"), qfe.toString());
    Path cbs = CAPTURES.resolve("logs/CBS-2016.log");
    assertEquals(
        List.of(
            "error "
                + cbs
                + ": no file gives the OS build; on the host, run 'systeminfo > systeminfo.txt'"
                + " and put the file in the same folder (a registry export of"
                + " HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion also does) (read: "
                + cbs
                + " (cbsLog))"),
        load(plan(cbs)));
    Path broken =
        Files.writeString(
            dir.resolve("x.reg"), "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\A]\r\n\"v\"=dword:zz\r\n");
    assertEquals(
        List.of("error " + broken + ":4: bad dword value: \"dword:zz\""), load(plan(broken)));
  }

  @Test
  void snapshotFilesKeepTheirOwnErrors() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,\n  oops }");
    Loaded.Failure f =
        assertInstanceOf(Loaded.Failure.class, inputs.load(plan(broken).hosts().get(0)));
    assertTrue(f.error().getMessage().startsWith(broken + ":2:"), f.error().getMessage());
    Path notJson = Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");
    assertTrue(load(plan(notJson)).get(0).startsWith("error " + notJson), "a .json is a snapshot");
  }

  @Test
  void argumentsThatNameNothingAreProblemsAndGlobsAreTheirFiles() throws Exception {
    InputPlan nothing = inputs.plan(List.of(dir + "/*.json", dir.resolve("nope").toString()));
    assertEquals(List.of(), nothing.hosts());
    assertEquals(2, nothing.problems().size());
    Files.copy(CAPTURES.resolve("systeminfo/languages/en.txt"), dir.resolve("a.txt"));
    Files.copy(CAPTURES.resolve("systeminfo/server2019-fo-table.txt"), dir.resolve("b.txt"));
    assertEquals(2, inputs.plan(List.of(dir + "/*.txt")).hosts().size());
  }

  /**
   * The real multi-host folder: 64 systeminfo and wmic qfe captures of 42 hosts (machine and
   * build), Windows XP to Server 2022, in eight languages. Captures of one machine at one build are
   * one host; a qfe table joins the systeminfo that shares its file name, or the host it names
   * (CSName).
   */
  @Test
  void theWesngFolderIsOneHostPerMachineAndBuild() {
    InputPlan plan = plan(TestFiles.REAL_EXPORTS);
    assertEquals(List.of(), plan.problems());
    assertEquals(
        List.of(
            "10_1803_x64_proforworkstations_en-us_B_20190306_qfe.txt: blank file",
            "LICENSE-wesng.txt: not an export wuhealth reads (starts with \"Copyright 2019 Arris"
                + " Hui...\")",
            "SOURCE.md: not an export wuhealth reads (starts with \"# wesng validation"
                + " captu...\")"),
        plan.skipped().stream()
            .map(s -> Path.of(s.file()).getFileName() + ": " + s.reason())
            .toList());
    assertEquals(42, plan.hosts().size());
    Map<String, String> byHost = new TreeMap<>();
    for (HostInput h : plan.hosts()) {
      Loaded loaded = inputs.load(h);
      Loaded.Ready host = assertInstanceOf(Loaded.Ready.class, loaded, loaded.toString());
      String key = host.snapshot().hostName() + " " + host.snapshot().os().build();
      assertEquals(null, byHost.put(key, shortSource(h.source())), "one host per machine: " + key);
    }
    assertEquals(
        "{10_1803_x64_proforworkstations_en-us_A_20190305_qfe.txt,"
            + " 10_1803_x64_proforworkstations_en-us_A_20190305_systeminfo.txt,"
            + " 10_1803_x64_proforworkstations_en-us_B_20190306_systeminfo.txt,"
            + " 10_1803_x64_proforworkstations_en-us_systeminfo.txt}",
        byHost.get("DESKTOP-OOF6NB5 17134"));
    assertEquals(
        "{vista_x64_sp1_qfe.txt, vista_x64_sp1_systeminfo.txt}", byHost.get("WINVISTASP0X64 6001"));
    assertEquals(
        "{7_sp1_x64_enterprise_en-us_20190305_qfe.txt, 7_sp1_x64_enterprise_en-us_20190305_systeminfo.txt,"
            + " 7_sp1_x64_enterprise_en-us_A_systeminfo.txt and 2 more}",
        byHost.get("WIN7SP1X64 7601"));
    assertEquals("10_1809_x64_education_es_systeminfo.txt", byHost.get("(unnamed host) 17763"));
  }

  private static String shortSource(String source) {
    String folder = TestFiles.REAL_EXPORTS + "/";
    return source.startsWith(folder) ? source.substring(folder.length()) : source;
  }

  private static void zip(Path zip, Map<String, Path> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, Path> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(Files.readAllBytes(e.getValue()));
        z.closeEntry();
      }
    }
  }
}
