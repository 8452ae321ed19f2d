package org.wuhealth.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.SourceFile;
import org.wuhealth.snapshot.SnapshotWriter;
import org.wuhealth.testing.Golden;

/**
 * Golden tests on every real capture in the test resources: the 62 systeminfo and wmic qfe captures
 * of WES-NG's validation folder (real-exports/wesng-validation, BSD-3, see SOURCE.md there),
 * Windows XP to Server 2022 in eight languages. Each systeminfo capture is checked against what its
 * file name says (wesng names them {@code <os>_<release>_<arch>_...}: the build and the
 * architecture follow from it) and against the table below (host, product name, KB numbers, whether
 * the list is cut off), each qfe capture against its row counts; the exact KB sets and everything
 * else the import yields are in golden files under src/test/resources/golden/real-exports. A
 * capture added to the folder fails {@link #everyCaptureHasExpectations} until it is given some.
 * Regenerate the golden files with -Dwuhealth.updateGolden=true and review the diff.
 */
class RealExportsGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/real-exports");

  /** What a systeminfo capture must give; a null host means the capture names none. */
  record Expected(String host, String productName, int kbs, boolean truncated) {}

  /**
   * file | host ("-": the line is missing or blanked) | product name | KB numbers read | whether
   * systeminfo cut the list. XP and Server 2003 list most hotfixes as "File 1" (no KB number) and
   * the others as "KB2916036 - Update"; lists announced longer than printed are truncated.
   */
  private static final String SYSTEMINFO_TABLE =
      """
      10_1803_x64_education_en-us_systeminfo.txt | LAPTOP | Microsoft Windows 10 Education | 5 | complete
      10_1803_x64_enterprise_es-ar_20190307_systeminfo.txt | - | Microsoft Windows 10 Enterprise | 6 | complete
      10_1803_x64_pro_it_systeminfo.txt | PC044 | Microsoft Windows 10 Pro | 10 | complete
      10_1803_x64_proforworkstations_en-us_A_20190305_systeminfo.txt | DESKTOP-OOF6NB5 | Microsoft Windows 10 Pro for Workstations | 4 | complete
      10_1803_x64_proforworkstations_en-us_B_20190306_systeminfo.txt | DESKTOP-OOF6NB5 | Microsoft Windows 10 Pro for Workstations | 0 | complete
      10_1803_x64_proforworkstations_en-us_systeminfo.txt | DESKTOP-OOF6NB5 | Microsoft Windows 10 Pro for Workstations | 0 | complete
      10_1803_x86_enterprise_nl_systeminfo.txt | DESKTOP-LFQSJM4 | Microsoft Windows 10 Enterprise | 4 | complete
      10_1809_x64_education_en-us_20190306_systeminfo.txt | LAPTOP | Microsoft Windows 10 Education | 9 | complete
      10_1809_x64_education_en-us_systeminfo.txt | LAPTOP | Microsoft Windows 10 Education | 6 | complete
      10_1809_x64_education_es_systeminfo.txt | - | Microsoft Windows 10 Education | 9 | complete
      10_1809_x64_enterprise_zh-cn_systeminfo.txt | DESKTOP-0CQH3P2 | Microsoft Windows 10 企业版 LTSC | 1 | complete
      10_1809_x64_pro_en-us_20190307_systeminfo.txt | DESKTOP-LOQ9L09 | Microsoft Windows 10 Pro | 5 | complete
      10_21H1_x64_enterprise_systeminfo.txt | DESKTOP-92B51CV | Microsoft Windows 10 Enterprise | 4 | complete
      10_21H2_x64_pro_systeminfo.txt | DESKTOP | Microsoft Windows 10 Pro | 7 | complete
      10_22H2_x64_enterprise_en-us_systeminfo.txt | DESKTOP-92B51CV | Microsoft Windows 10 Enterprise | 1 | complete
      10_rtm_x64_pro_en-us_systeminfo.txt | DESKTOP-J4ED1CA | Microsoft Windows 10 Pro | 2 | complete
      11_21H2_x64_enterprise_systeminfo.txt | WINXI21H2 | Microsoft Windows 11 Enterprise | 4 | complete
      11_22H2_x64_home-single-language_systeminfo.txt | test | Microsoft Windows 11 Home Single Language | 1 | complete
      11_23H2_x64_enterprise_systeminfo.txt | DESKTOP-JNEKK9U | Microsoft Windows 11 Enterprise | 4 | complete
      11_24H2_x64_enterprise_systeminfo.txt | WINXI24H2LTSC | Microsoft Windows 11 Enterprise LTSC | 3 | complete
      7_sp1_x64_enterprise_en-us_20190305_systeminfo.txt | WIN7SP1X64 | Microsoft Windows 7 Enterprise | 245 | truncated
      7_sp1_x64_enterprise_en-us_A_systeminfo.txt | WIN7SP1X64 | Microsoft Windows 7 Enterprise | 219 | complete
      7_sp1_x64_enterprise_en-us_B_systeminfo.txt | WIN7SP1X64 | Microsoft Windows 7 Enterprise | 245 | truncated
      7_sp1_x64_enterprise_fr_systeminfo_cmd.txt | WIN-IDKKFN87EL8 | Microsoft Windows 7 Entreprise N | 73 | complete
      7_sp1_x64_enterprise_fr_systeminfo_powershell.txt | WIN-IDKKFN87EL8 | Microsoft Windows 7 Entreprise N | 93 | complete
      7_sp1_x64_ultimaten_de_systeminfo.txt | OLI7-PC | Microsoft Windows 7 Ultimate N | 242 | truncated
      7_sp1_x86_enterprise_en-us_systeminfo.txt | WIN7SP1X86 | Microsoft Windows 7 Enterprise | 2 | complete
      8.1_u1_x64_enterprise_en-us_systeminfo.txt | WIN81U1X64 | Microsoft Windows 8.1 Enterprise | 6 | complete
      srv_2003_rtm_x86_standard_en-us_systeminfo.txt | WINSRV2K3SP0X86 | Microsoft(R) Windows(R) Server 2003, Standard Edition | 2 | complete
      srv_2003_sp1_x64_standard_en-us_systeminfo.txt | WINSRV2K3SP1X64 | Microsoft(R) Windows(R) Server 2003 Standard x64 Edition | 1 | complete
      srv_2003r2_sp2_rtm_x64_standard_en-us_systeminfo.txt | SRV2K3R2SP2X64 | Microsoft(R) Windows(R) Server 2003 Standard x64 Edition | 1 | complete
      srv_2003r2_sp2_x86_standard_en-us_systeminfo.txt | SRV2K3R2SP2X86 | Microsoft(R) Windows(R) Server 2003, Standard Edition | 69 | truncated
      srv_2008_rtm_x64_standard_en-us_systeminfo.txt | SRV2K8SP0X64 | Microsoftr Windows Serverr 2008 Standard | 1 | complete
      srv_2008_rtm_x86_standard_en-us_systeminfo.txt | SRV2K8SP0X86 | Microsoftr Windows Serverr 2008 Standard | 1 | complete
      srv_2008r2_sp1_x64_standard_en-us_systeminfo.txt | SRV2K8R2SP1X64 | Microsoft Windows Server 2008 R2 Standard | 2 | complete
      srv_2012r2_u1_systeminfo.txt | SRV12R2U1X64 | Microsoft Windows Server 2012 R2 Standard | 154 | complete
      srv_2012r2_u1_systeminfo2.txt | SRV12R2U1X64 | Microsoft Windows Server 2012 R2 Standard | 156 | complete
      srv_2012r2_x64_standard_ru_systeminfo.txt | DC | Майкрософт Ознакомительная версия Windows Server 2012 R2 Standard | 7 | complete
      srv_2016_1607_datacenter_en-us_systeminfo.txt | MYSERVER | Microsoft Windows Server 2016 Datacenter | 5 | complete
      srv_2019_rtm_datacenter_en-us_systeminfo.txt | WIN-O863JARO7CM | Microsoft Windows Server 2019 Datacenter | 5 | complete
      srv_2022_systeminfo.txt | WIN-RIBN7SM07BK | Microsoft Windows Server 2022 Standard | 3 | complete
      vista_x64_sp0_systeminfo.txt | WINVISTASP0X64 | Microsoftr Windows VistaT Enterprise | 104 | complete
      vista_x64_sp1_systeminfo.txt | WINVISTASP0X64 | Microsoftr Windows VistaT Enterprise | 173 | complete
      vista_x64_sp2_systeminfo.txt | WINVISTASP0X64 | Microsoftr Windows VistaT Enterprise | 174 | complete
      xp_rtm_x86_professional_en-us_systeminfo.txt | WINXPSP0 | Microsoft Windows XP Professional | 2 | complete
      xp_sp1_x86_systeminfo.txt | WINXPSP1 | Microsoft Windows XP Professional | 2 | complete
      xp_sp2_x64_systeminfo.txt | USER-8CEF73C787 | Microsoft(R) Windows(R) XP Professional x64 Edition | 83 | truncated
      xp_sp2_x86_systeminfo.txt | WINXPSP2 | Microsoft Windows XP Professional | 1 | complete
      xp_sp3_x86_professional_en-us_systeminfo.txt | WINXPSP3 | Microsoft Windows XP Professional | 93 | truncated
      """;

  /** file | rows | rows without a KB number ("File 1", an update GUID, "MSCompPackV1"). */
  private static final String QFE_TABLE =
      """
      10_1803_x64_proforworkstations_en-us_A_20190305_qfe.txt | 4 | 0
      10_1809_x64_education_en-us_20190306_qfe.txt | 9 | 0
      10_1809_x64_pro_en-us_20190307_qfe.txt | 5 | 0
      7_sp1_x64_enterprise_en-us_20190305_qfe.txt | 276 | 0
      7_sp1_x64_enterprise_en-us_B_qfe.txt | 271 | 0
      srv_2012r2_u1_qfe.txt | 154 | 0
      srv_2012r2_x64_standard_ru_qfe.txt | 7 | 0
      vista_x64_sp1_qfe.txt | 174 | 1
      vista_x64_sp2_qfe.txt | 175 | 1
      xp_rtm_x86_professional_en-us_qfe.txt | 3 | 1
      xp_sp1_x86_qfe.txt | 3 | 1
      xp_sp2_x64_qfe.txt | 300 | 144
      xp_sp2_x86_qfe.txt | 1 | 0
      xp_sp3_x86_professional_en-us_qfe.txt | 262 | 127
      """;

  private static final Map<String, Expected> SYSTEMINFO = new TreeMap<>();
  private static final Map<String, int[]> QFE_ROWS = new TreeMap<>();

  static {
    for (String[] row : rows(SYSTEMINFO_TABLE)) {
      SYSTEMINFO.put(
          row[0],
          new Expected(
              row[1].equals("-") ? null : row[1],
              row[2],
              Integer.parseInt(row[3]),
              row[4].equals("truncated")));
    }
    for (String[] row : rows(QFE_TABLE)) {
      QFE_ROWS.put(row[0], new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
    }
  }

  private static List<String[]> rows(String table) {
    return table.lines().map(l -> l.split("\\s*\\|\\s*")).toList();
  }

  /**
   * The build each release of the file names shipped with (Windows Server 2008 RTM is build 6001,
   * the Vista SP1 code base; Windows XP x64 is NT 5.2, build 3790), longest prefix first.
   */
  private static final List<Map.Entry<String, Integer>> BUILD_BY_NAME =
      List.of(
          Map.entry("10_rtm_", 10240),
          Map.entry("10_1803_", 17134),
          Map.entry("10_1809_", 17763),
          Map.entry("10_21H1_", 19043),
          Map.entry("10_21H2_", 19044),
          Map.entry("10_22H2_", 19045),
          Map.entry("11_21H2_", 22000),
          Map.entry("11_22H2_", 22621),
          Map.entry("11_23H2_", 22631),
          Map.entry("11_24H2_", 26100),
          Map.entry("7_sp1_", 7601),
          Map.entry("8.1_u1_", 9600),
          Map.entry("srv_2003", 3790),
          Map.entry("srv_2008_rtm_", 6001),
          Map.entry("srv_2008r2_", 7601),
          Map.entry("srv_2012r2_", 9600),
          Map.entry("srv_2016_", 14393),
          Map.entry("srv_2019_", 17763),
          Map.entry("srv_2022_", 20348),
          Map.entry("vista_x64_sp0_", 6000),
          Map.entry("vista_x64_sp1_", 6001),
          Map.entry("vista_x64_sp2_", 6002),
          Map.entry("xp_sp2_x64_", 3790),
          Map.entry("xp_", 2600));

  static int buildNamedBy(String file) {
    return BUILD_BY_NAME.stream()
        .filter(e -> file.startsWith(e.getKey()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no release known for " + file))
        .getValue();
  }

  /** "_x86_" or "_x64_" in the name; Server 2008 R2 and later exist for x64 only. */
  static Architecture architectureNamedBy(String file) {
    if (file.contains("_x86_")) {
      return Architecture.X86;
    }
    if (file.contains("_x64_") || file.startsWith("srv_20")) {
      return Architecture.X64;
    }
    throw new AssertionError("no architecture in the name of " + file);
  }

  /** Not captures: the licence, the source note, and the empty output of one wmic qfe run. */
  private static final Set<String> NOT_CAPTURES =
      Set.of(
          "LICENSE-wesng.txt",
          "SOURCE.md",
          "10_1803_x64_proforworkstations_en-us_B_20190306_qfe.txt");

  @Test
  void everyCaptureHasExpectations() throws IOException {
    try (Stream<Path> files = Files.list(TestFiles.REAL_EXPORTS)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      for (String name : names) {
        assertTrue(
            NOT_CAPTURES.contains(name)
                || SYSTEMINFO.containsKey(name)
                || QFE_ROWS.containsKey(name),
            "no expectations for the real capture " + name);
      }
      assertEquals(
          64, SYSTEMINFO.size() + QFE_ROWS.size() + 1, "49 systeminfo and 15 qfe captures");
      assertTrue(names.containsAll(SYSTEMINFO.keySet()) && names.containsAll(QFE_ROWS.keySet()));
    }
  }

  @Test
  void theEmptyOutputOfAQfeRunIsNoExport() {
    FormatDetector.Detection d =
        FormatDetector.detect(
            TestFiles.bytes(
                TestFiles.REAL_EXPORTS.resolve(
                    "10_1803_x64_proforworkstations_en-us_B_20190306_qfe.txt")));
    assertFalse(d.known());
    assertEquals("blank file", d.reason());
  }

  @TestFactory
  Stream<DynamicTest> systeminfoCaptures() {
    return SYSTEMINFO.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> systeminfo(e.getKey(), e.getValue())));
  }

  private static void systeminfo(String name, Expected expected) throws Exception {
    ImportResult result = importReal(name);
    Snapshot s = result.snapshot();
    assertEquals(expected.host(), s.host() == null ? null : s.host().name());
    assertEquals(expected.productName(), s.os().productName());
    assertEquals(buildNamedBy(name), s.os().build());
    assertEquals(architectureNamedBy(name), s.os().architecture());
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
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> qfe(e.getKey(), e.getValue())));
  }

  private static void qfe(String name, int[] expected) throws Exception {
    String text = TextDecoding.decode(TestFiles.bytes(TestFiles.REAL_EXPORTS.resolve(name))).text();
    List<Hotfix> hotfixes = HotfixListParser.parse(name, text);
    assertEquals(expected[0], hotfixes.size());
    assertEquals(expected[1], hotfixes.stream().filter(h -> h.kb().isEmpty()).count());
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
    Golden.assertMatches(GOLDEN.resolve(name), actual);
  }
}
