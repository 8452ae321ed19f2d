package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.importers.hotfix.Hotfix;
import org.wuhealth.importers.hotfix.HotfixListParser;
import org.wuhealth.importers.text.TextDecoding;
import org.wuhealth.snapshot.SnapshotWriter;

/**
 * Golden tests on every real capture in the test resources (real-exports/systeminfo, copied from
 * ../shared) (WES-NG's validation files): the OS, build, architecture and hotfix count asserted
 * here, and the exact KB set (with everything else the import yields) in golden snapshots under
 * src/test/resources/golden. A capture added to the folder fails {@link
 * #everyCaptureHasExpectations} until it is given some. Regenerate the golden files with
 * -Dwuhealth.updateGolden=true and review the diff.
 */
class RealExportsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/real-exports");
  private static final boolean UPDATE = Boolean.getBoolean("wuhealth.updateGolden");

  /** What a systeminfo capture must give. */
  record Expected(
      String host,
      String productName,
      int build,
      Architecture architecture,
      int kbs,
      boolean truncated) {}

  private static final Map<String, Expected> SYSTEMINFO =
      Map.ofEntries(
          Map.entry(
              "10_1803_x64_pro_it_systeminfo.txt",
              new Expected(
                  "PC044", "Microsoft Windows 10 Pro", 17134, Architecture.X64, 10, false)),
          Map.entry(
              "10_1803_x64_proforworkstations_en-us_A_20190305_systeminfo.txt",
              new Expected(
                  "DESKTOP-OOF6NB5",
                  "Microsoft Windows 10 Pro for Workstations",
                  17134,
                  Architecture.X64,
                  4,
                  false)),
          Map.entry(
              "10_21H2_x64_pro_systeminfo.txt",
              new Expected(
                  "DESKTOP", "Microsoft Windows 10 Pro", 19044, Architecture.X64, 7, false)),
          Map.entry(
              "11_23H2_x64_enterprise_systeminfo.txt",
              new Expected(
                  "DESKTOP-JNEKK9U",
                  "Microsoft Windows 11 Enterprise",
                  22631,
                  Architecture.X64,
                  4,
                  false)),
          Map.entry(
              "7_sp1_x64_enterprise_fr_systeminfo_powershell.txt",
              new Expected(
                  "WIN-IDKKFN87EL8",
                  "Microsoft Windows 7 Entreprise N",
                  7601,
                  Architecture.X64,
                  93,
                  false)),
          // 263 announced, 245 listed (the last one cut off), 242 distinct KBs
          Map.entry(
              "7_sp1_x64_ultimaten_de_systeminfo.txt",
              new Expected(
                  "OLI7-PC", "Microsoft Windows 7 Ultimate N", 7601, Architecture.X64, 242, true)),
          // the only hotfix is "Q147222", the old name of KB147222
          Map.entry(
              "srv_2003_sp1_x64_standard_en-us_systeminfo.txt",
              new Expected(
                  "WINSRV2K3SP1X64",
                  "Microsoft(R) Windows(R) Server 2003 Standard x64 Edition",
                  3790,
                  Architecture.X64,
                  1,
                  false)),
          Map.entry(
              "srv_2008r2_sp1_x64_standard_en-us_systeminfo.txt",
              new Expected(
                  "SRV2K8R2SP1X64",
                  "Microsoft Windows Server 2008 R2 Standard",
                  7601,
                  Architecture.X64,
                  2,
                  false)),
          Map.entry(
              "srv_2012r2_u1_systeminfo.txt",
              new Expected(
                  "SRV12R2U1X64",
                  "Microsoft Windows Server 2012 R2 Standard",
                  9600,
                  Architecture.X64,
                  154,
                  false)),
          Map.entry(
              "srv_2016_1607_datacenter_en-us_systeminfo.txt",
              new Expected(
                  "MYSERVER",
                  "Microsoft Windows Server 2016 Datacenter",
                  14393,
                  Architecture.X64,
                  5,
                  false)));

  /** wmic qfe captures: the exact number of rows. */
  private static final Map<String, Integer> QFE_ROWS =
      Map.of(
          "10_1803_x64_proforworkstations_en-us_A_20190305_qfe.txt", 4,
          "7_sp1_x64_enterprise_en-us_20190305_qfe.txt", 276,
          "srv_2012r2_u1_qfe.txt", 154,
          "xp_sp2_x86_qfe.txt", 1);

  private static final Set<String> NOT_CAPTURES = Set.of("LICENSE-wesng.txt", "SOURCE.md");

  @Test
  void everyCaptureHasExpectations() throws IOException {
    try (Stream<Path> files = Files.list(TestFiles.REAL_EXPORTS)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        assertTrue(
            NOT_CAPTURES.contains(name)
                || SYSTEMINFO.containsKey(name)
                || QFE_ROWS.containsKey(name),
            "no expectations for the real capture " + name);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> systeminfoCaptures() {
    return SYSTEMINFO.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> systeminfo(e.getKey(), e.getValue())));
  }

  private static void systeminfo(String name, Expected expected) throws Exception {
    ImportResult result = importReal(name);
    Snapshot s = result.snapshot();
    assertEquals(expected.host(), s.host().name());
    assertEquals(expected.productName(), s.os().productName());
    assertEquals(expected.build(), s.os().build());
    assertEquals(expected.architecture(), s.os().architecture());
    assertNull(s.os().ubr(), "systeminfo never shows the UBR");
    assertEquals(expected.kbs(), s.updates().size());
    assertEquals(
        expected.truncated(),
        s.collectionIssues().stream()
            .anyMatch(i -> "updates".equals(i.section()) && i.message().contains("truncated")));
    assertTrue(
        s.collectionIssues().stream()
            .map(CollectionIssue::message)
            .anyMatch(m -> m.contains("UBR")),
        "the unknown UBR is noted");
    golden(name.replace(".txt", ".json"), SnapshotWriter.write(s));
  }

  @TestFactory
  Stream<DynamicTest> qfeCaptures() {
    return QFE_ROWS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> qfe(e.getKey(), e.getValue())));
  }

  private static void qfe(String name, int rows) throws Exception {
    String text = TextDecoding.decode(TestFiles.bytes(TestFiles.REAL_EXPORTS.resolve(name))).text();
    List<Hotfix> hotfixes = HotfixListParser.parse(name, text);
    assertEquals(rows, hotfixes.size());
    StringBuilder listing = new StringBuilder();
    for (Hotfix h : hotfixes) {
      listing
          .append(
              String.join(
                  "\t",
                  h.id(),
                  String.valueOf(h.installedOn()),
                  String.valueOf(h.description()),
                  String.valueOf(h.host())))
          .append('\n');
    }
    golden(name.replace(".txt", ".tsv"), listing.toString());
  }

  /** The same host in systeminfo and wmic qfe: the same KBs, and QFE completes the dates. */
  @Test
  void systeminfoAndQfeOfOneHostAgreeAndMerge() throws Exception {
    Set<String> fromSysteminfo = kbs(importReal("srv_2012r2_u1_systeminfo.txt").snapshot());
    String qfeText =
        TextDecoding.decode(
                TestFiles.bytes(TestFiles.REAL_EXPORTS.resolve("srv_2012r2_u1_qfe.txt")))
            .text();
    Set<String> fromQfe =
        HotfixListParser.parse("qfe", qfeText).stream()
            .map(Hotfix::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(154, fromQfe.size());
    assertEquals(fromQfe, fromSysteminfo);

    Snapshot merged =
        TestFiles.importAll(
                List.of(
                    realFile("srv_2012r2_u1_systeminfo.txt"), realFile("srv_2012r2_u1_qfe.txt")))
            .snapshot();
    assertEquals(154, merged.updates().size());
    assertTrue(merged.updates().stream().allMatch(u -> u.installedOn() != null));
    assertEquals("2014-03-18", merged.updates().get(1).installedOn().toString());
  }

  @Test
  void qfeCompletesATruncatedSysteminfoList() throws Exception {
    // the German Windows 7 list is cut off; a QFE list of the same host makes it complete
    Snapshot s = importReal("7_sp1_x64_ultimaten_de_systeminfo.txt").snapshot();
    assertTrue(s.collectionIssues().stream().anyMatch(i -> "updates".equals(i.section())));
    String qfe = "HotFixID   InstalledOn\r\nKB2849697  6/1/2016\r\nKB3162835  6/2/2016\r\n";
    Snapshot merged =
        TestFiles.importAll(
                List.of(
                    realFile("7_sp1_x64_ultimaten_de_systeminfo.txt"),
                    TestFiles.file("qfe.txt", qfe)))
            .snapshot();
    assertFalse(
        merged.collectionIssues().stream().anyMatch(i -> "updates".equals(i.section())),
        "a QFE list is never truncated");
  }

  @Test
  void qfeAloneDoesNotMakeAHost() {
    ImportException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ImportException.class,
            () -> TestFiles.importAll(List.of(realFile("srv_2012r2_u1_qfe.txt"))));
    assertTrue(e.getMessage().contains("no file gives the OS build"), e.getMessage());
  }

  private static Set<String> kbs(Snapshot s) {
    Set<String> kbs = new LinkedHashSet<>();
    s.updates().stream().map(InstalledUpdate::kb).sorted().forEach(kbs::add);
    return new TreeSet<>(kbs);
  }

  private static SourceFile realFile(String name) {
    return TestFiles.file(name, TestFiles.bytes(TestFiles.REAL_EXPORTS.resolve(name)));
  }

  private static ImportResult importReal(String name) throws ImportException {
    return TestFiles.importAll(List.of(realFile(name)));
  }

  private static void golden(String name, String actual) throws IOException {
    Path expected = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(expected),
        "missing golden file " + expected + " (run with -Dwuhealth.updateGolden=true)");
    assertEquals(
        Files.readString(expected, StandardCharsets.UTF_8), actual, "differs from " + expected);
  }
}
