package org.wuhealth.importers.hotfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.ImportException;

class HotfixListParserTest {
  private static List<Hotfix> parse(String capture) throws ImportException {
    return HotfixListParser.parse(capture, TestFiles.text(capture));
  }

  /**
   * Hotfix ids as real captures print them: with a package name (systeminfo of Windows 8.1, quoted
   * in public systeminfo captures), a component or a revision (wmic qfe of Windows XP, in the wesng
   * captures), or systeminfo's description on XP and Server 2003.
   */
  @Test
  void kbNumbersWithWhatWindowsAppendedToThem() {
    for (String[] row :
        new String[][] {
          {"KB2899189_Microsoft-Windows-CameraCodec-Package", "KB2899189"},
          {"KB941569_WM11", "KB941569"},
          {"KB952069_WM11x64", "KB952069"},
          {"KB2834904-v2_WM11", "KB2834904"},
          {"KB2706045-IE8", "KB2706045"},
          {"KB2536276-v2", "KB2536276"},
          {"KB893803v2", "KB893803"},
          {"KB893803v2 - Update", "KB893803"},
          {"Q147222", "KB147222"},
          {"kb 2919355", "KB2919355"}
        }) {
      assertEquals(java.util.Optional.of(row[1]), Hotfix.kbOf(row[0]), row[0]);
    }
    for (String none :
        List.of("File 1", "MSCompPackV1", "{7A068575-C5DB-43D9-BE20-3895D0C69B17}", "KB12", "")) {
      assertTrue(Hotfix.kbOf(none).isEmpty(), none);
    }
  }

  @Test
  void wmicCsvInUtf16WithDoubledCarriageReturns() throws Exception {
    List<Hotfix> rows = parse("qfe/wmic-qfe-format-csv.csv");
    assertEquals(6, rows.size());
    assertEquals(
        new Hotfix("KB2919442", "Update", LocalDate.of(2014, 3, 18), "WSUS01", 3), rows.get(0));
    assertEquals(LocalDate.of(2024, 12, 11), rows.get(5).installedOn());
    assertEquals("Security Update", rows.get(5).description());
  }

  @Test
  void wmicTableOfServer2003WithFiletimeDatesAndFileRows() throws Exception {
    List<Hotfix> rows = parse("qfe/wmic-qfe-2003-filetime.txt");
    assertEquals(
        List.of("KB925902", "KB936357", "File 1", "KB958644"),
        rows.stream().map(Hotfix::id).toList());
    assertEquals(LocalDate.of(2007, 4, 9), rows.get(0).installedOn());
    assertNull(rows.get(2).installedOn());
    assertEquals("LEGACY2K3", rows.get(3).host());
  }

  @Test
  void getHotFixFormatTableInGermanWithTruncatedColumns() throws Exception {
    List<Hotfix> rows = parse("qfe/get-hotfix-format-table-de.txt");
    assertEquals(5, rows.size());
    assertEquals(
        new Hotfix("KB2919442", "Update", LocalDate.of(2014, 3, 18), "WSUS-DE01", 4), rows.get(0));
    assertEquals(LocalDate.of(2024, 12, 11), rows.get(3).installedOn());
    assertNull(rows.get(4).installedOn(), "a blank InstalledOn stays unknown");
  }

  @Test
  void getHotFixExportCsvWithTypeLine() throws Exception {
    List<Hotfix> rows = parse("qfe/get-hotfix-export-csv.csv");
    assertEquals(3, rows.size());
    assertEquals(
        new Hotfix("KB3192137", "Update", LocalDate.of(2016, 9, 12), "APP2016-03", 3), rows.get(0));
    assertEquals(LocalDate.of(2025, 10, 14), rows.get(1).installedOn());
  }

  @Test
  void getHotFixExportCsvUseCultureWithSemicolons() throws Exception {
    List<Hotfix> rows = parse("qfe/get-hotfix-usesculture-de.csv");
    assertEquals(
        List.of("KB2919442", "KB2919355", "KB5048735"), rows.stream().map(Hotfix::id).toList());
    assertEquals(LocalDate.of(2024, 12, 11), rows.get(2).installedOn());
  }

  @Test
  void getHotFixJsonOfWindowsPowerShellWithDateObjects() throws Exception {
    List<Hotfix> rows = parse("qfe/get-hotfix-convertto-json.json");
    assertEquals(3, rows.size());
    // "/Date(1473652800000)/" is local midnight at UTC-04:00, that is 2016-09-12 04:00 UTC
    assertEquals(
        new Hotfix("KB3192137", "Update", LocalDate.of(2016, 9, 12), "APP2016-03", 1), rows.get(0));
    assertEquals(LocalDate.of(2025, 9, 9), rows.get(2).installedOn());
  }

  @Test
  void getHotFixJsonSingleObjectOfPowerShell7() throws Exception {
    List<Hotfix> rows = parse("qfe/get-hotfix-single-object-ps7.json");
    assertEquals(
        List.of(
            new Hotfix(
                "KB5068787", "Security Update", LocalDate.of(2025, 11, 11), "CORE2022-01", 1)),
        rows);
  }

  @Test
  void brokenInputIsOneClearError() {
    ImportException json =
        assertThrows(
            ImportException.class,
            () -> HotfixListParser.parse("h.json", "[{\"HotFixID\": \"KB1\",\n  oops"));
    assertTrue(json.getMessage().startsWith("h.json:2: malformed JSON"), json.getMessage());
    ImportException none =
        assertThrows(
            ImportException.class, () -> HotfixListParser.parse("h.txt", "Name Value\r\nx y\r\n"));
    assertTrue(none.getMessage().contains("no HotFixID column"), none.getMessage());
  }
}
