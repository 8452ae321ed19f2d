package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.CollectorMode;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.DeploymentState;
import org.wuhealth.facts.Enrollment;
import org.wuhealth.facts.Provenance;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.SourceFile;
import org.wuhealth.snapshot.SnapshotReader;
import org.wuhealth.snapshot.SnapshotWriter;
import org.wuhealth.testing.Golden;

class ImporterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/bundles");

  /** Everything collected from one WSUS server, in every format that server would produce. */
  static final List<String> WSUS01 =
      Stream.concat(
              TestFiles.WSUS01_REGISTRY.stream(),
              Stream.of(
                  "qfe/wmic-qfe-format-csv.csv",
                  "services/get-service-export-csv.csv",
                  "logs/WindowsUpdate-2012r2.log",
                  "logs/u_ex251015.log",
                  "wsus/web.config"))
          .toList();

  private static ImportResult wsus01() throws ImportException {
    return TestFiles.importCaptures(WSUS01);
  }

  /** Imports these files as one host, which must fail. */
  private static ImportException importFails(SourceFile... files) {
    return assertThrows(ImportException.class, () -> TestFiles.importAll(List.of(files)));
  }

  @Test
  void aWsusServerBundleBecomesOneValidSnapshot() throws Exception {
    ImportResult r = wsus01();
    Snapshot s = r.snapshot();
    assertEquals(CollectorMode.IMPORT, s.collector().mode());
    assertEquals("WSUS01", s.hostName());
    assertEquals(20778, s.os().ubr());
    assertEquals(6, s.updates().size());
    assertEquals(6, s.services().size());
    assertEquals(800, s.wsus().clientWebService().maxInstalledPrerequisites());
    assertEquals(15L, s.wsus().iisLog().requests());
    assertEquals(11, r.imported().size());
    String json = SnapshotWriter.write(s);
    SnapshotReader.Loaded back =
        new SnapshotReader().read("wsus01.json", json.getBytes(StandardCharsets.UTF_8));
    assertEquals(s, back.snapshot(), "valid against the schema and read back unchanged");
    assertEquals(List.of(), back.warnings());
    golden("wsus01.json", json);
  }

  @Test
  void everyFactNamesItsFile() throws Exception {
    Snapshot s = wsus01().snapshot();
    assertFiles(s, "/os/ubr", "registry/currentversion.reg");
    assertFiles(s, "/os/productType", "registry/productoptions-computername.reg");
    assertFiles(s, "/os/architecture", "registry/session-manager.reg");
    assertFiles(
        s, "/host/name", "registry/productoptions-computername.reg", "qfe/wmic-qfe-format-csv.csv");
    assertFiles(
        s,
        "/pendingReboot",
        "registry/component-based-servicing.reg",
        "registry/windowsupdate-and-wsus-setup.reg",
        "registry/session-manager.reg",
        "registry/productoptions-computername.reg");
    assertFiles(s, "/updates/0", "qfe/wmic-qfe-format-csv.csv");
    assertFiles(s, "/wsus/iisLog", "logs/u_ex251015.log");
    Provenance event =
        s.provenance().stream().filter(p -> p.fact().equals("/events/0")).findFirst().orElseThrow();
    assertEquals(
        new Provenance("/events/0", "logs/WindowsUpdate-2012r2.log", "windowsUpdateLog", 9), event);
  }

  private static void assertFiles(Snapshot s, String fact, String... files) {
    assertEquals(
        List.of(files),
        s.provenance().stream().filter(p -> p.fact().equals(fact)).map(Provenance::file).toList(),
        fact);
  }

  @Test
  void filesOfTwoHostsAreRefused() {
    ImportException e =
        importFails(
            TestFiles.captureFile("registry/currentversion.reg"),
            TestFiles.captureFile("registry/productoptions-computername.reg"),
            TestFiles.captureFile("systeminfo/languages/en.txt"));
    assertEquals(
        "systeminfo/languages/en.txt: describes another host: host.name is WSUS-LANG01 here but WSUS01 in registry/productoptions-computername.reg; import each host on its own",
        e.getMessage());
  }

  @Test
  void aBuildThatDisagreesIsAnotherHostToo() {
    String reg =
        "Windows Registry Editor Version 5.00\r\n\r\n"
            + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r\n"
            + "\"CurrentBuild\"=\"9600\"\r\n";
    ImportException e =
        importFails(
            TestFiles.file("cv.reg", reg), TestFiles.captureFile("systeminfo/languages/en.txt"));
    assertTrue(e.getMessage().contains("os.build is 7601 here but 9600 in cv.reg"), e.getMessage());
  }

  @Test
  void nothingRecognisedSaysWhatWasSkipped() {
    ImportException e = importFails(TestFiles.file("notes.txt", "see attached"));
    assertEquals(
        "test: nothing to import (notes.txt: skipped: not an export wuhealth reads (starts with \"see attached\"))",
        e.getMessage());
  }

  @Test
  void aBrokenExportFailsTheImportWithItsLine() {
    ImportException e =
        importFails(
            TestFiles.captureFile("systeminfo/languages/en.txt"),
            TestFiles.file(
                "policy.reg", "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\X]\r\n\"a\"=dword:zz\r\n"));
    assertEquals("policy.reg:4: bad dword value: \"dword:zz\"", e.getMessage());
  }

  @Test
  void tooLargeFilesAreRefusedBeforeParsing() {
    ImportLimits tiny = new ImportLimits(1000, 1_000_000, 10, 1_000_000, 200);
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                new Importer(tiny)
                    .importFiles(
                        "x",
                        List.of(TestFiles.captureFile("systeminfo/languages/en.txt")),
                        List.of(),
                        new Importer.Options("0.1.0", null, null)));
    assertEquals(
        "systeminfo/languages/en.txt: is 2163 bytes, over the limit of 1000 bytes for a systeminfo output (raise it with --max-file-size)",
        e.getMessage());
  }

  @Test
  void localLogTimesFollowTheSysteminfoTimeZoneAndCollectedAtTheNewestFact() throws Exception {
    ImportResult r =
        new Importer(ImportLimits.DEFAULT)
            .importFiles(
                "x",
                List.of(
                    TestFiles.captureFile("systeminfo/languages/en.txt"),
                    TestFiles.captureFile("logs/CBS-2016.log")),
                List.of(),
                new Importer.Options("0.1.0", "RENAMED01", null));
    Snapshot s = r.snapshot();
    // 2025-10-14 03:45:00 at systeminfo's UTC+01:00
    assertEquals(Instant.parse("2025-10-14T02:45:00Z"), s.collectedAt());
    assertEquals(
        Instant.parse("2025-10-14T02:45:00Z"), s.events().get(s.events().size() - 1).time());
    assertEquals("RENAMED01", s.hostName());
    assertEquals(
        List.of(new Provenance("/host/name", "--host", "commandLine", null)),
        s.provenance().stream().filter(p -> p.fact().equals("/host/name")).toList());
    assertTrue(r.notes().get(0).startsWith("collectedAt 2025-10-14T02:45:00Z is the newest time"));
  }

  @Test
  void withoutATimeZoneLocalTimesAreReadAsUtcAndSaidSo() throws Exception {
    ImportResult r =
        TestFiles.importCaptures(
            List.of("registry/currentversion.reg", "logs/WindowsUpdate-2012r2.log"));
    assertTrue(
        r.notes().stream().anyMatch(n -> n.contains("local times read as UTC")),
        r.notes().toString());
    assertNull(r.snapshot().updates(), "no update list was read: unknown, not empty");
    assertFalse(
        r.snapshot().collectionIssues() != null
            && r.snapshot().collectionIssues().stream().anyMatch(i -> i.message().contains("UBR")),
        "the registry gave the UBR");
  }

  @Test
  void deploymentServiceDataAndADismCheckJoinTheHost() throws Exception {
    ImportResult r =
        TestFiles.importCaptures(
            List.of(
                "systeminfo/languages/en.txt",
                "graph/updatable-asset-not-enrolled-join-error.json",
                "graph/deployment-feature-scheduled.json",
                "servicing/checksur-all-fixed.log"));
    Snapshot s = r.snapshot();
    assertEquals(
        new Enrollment(
            false, false, null, List.of("azureADDeviceRegistrationError: invalidAzureADJoin")),
        s.windowsUpdate().enrollment());
    assertEquals(
        List.of(
            new Deployment(
                "Windows 11, version 22H2",
                DeploymentCategory.FEATURE,
                DeploymentState.SCHEDULED,
                false)),
        s.windowsUpdate().deployments());
    assertEquals(ComponentStoreHealth.HEALTHY, s.componentStore().health());
    assertTrue(
        r.notes().stream().anyMatch(n -> n.contains("taken as targeting this host")),
        r.notes().toString());
    assertFiles(
        s, "/windowsUpdate/enrollment", "graph/updatable-asset-not-enrolled-join-error.json");
    assertFiles(s, "/componentStore", "servicing/checksur-all-fixed.log");
    String json = SnapshotWriter.write(s);
    assertEquals(
        s,
        new SnapshotReader().read("x.json", json.getBytes(StandardCharsets.UTF_8)).snapshot(),
        "valid against the schema and read back unchanged");
  }

  @Test
  void severalUpdatableAssetsLeaveTheEnrollmentUnknown() throws Exception {
    ImportResult r =
        TestFiles.importCaptures(
            List.of(
                "servicing/dism-scanhealth-repairable.txt", "graph/updatable-assets-list.json"));
    assertNull(r.snapshot().windowsUpdate(), "nothing says which asset is this host");
    assertTrue(
        r.notes().stream().anyMatch(n -> n.contains("3 updatable assets")), r.notes().toString());
    assertEquals(17763, r.snapshot().os().build(), "DISM's Image Version names the build");
    assertEquals(7314, r.snapshot().os().ubr());
  }

  static void golden(String name, String actual) throws IOException {
    Golden.assertMatches(GOLDEN.resolve(name), actual);
  }
}
