package org.wuhealth.importers.systeminfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.ProductType;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.importers.text.TextDecoding;
import org.wuhealth.parsing.ImportException;

class SystemInfoParserTest {
  /** The host every file under captures/systeminfo/languages describes. */
  private static final SystemInfo LANGUAGE_HOST =
      new SystemInfo(
          "WSUS-LANG01",
          "Microsoft Windows Server 2008 R2 Standard",
          "6.1",
          7601,
          Architecture.X64,
          ProductType.SERVER,
          Instant.parse("2019-03-20T20:58:25Z"),
          ZoneOffset.ofHours(1),
          "corp.example",
          List.of("KB2533552", "KB2999226", "KB3125574", "KB4474419", "KB4490628"),
          5,
          0,
          List.of());

  /**
   * Each language in the encoding its tool writes: cmd.exe's OEM code page, PowerShell's UTF-16.
   */
  private static final Map<String, String> LANGUAGES =
      Map.of(
          "en", "UTF-8",
          "de", "IBM850",
          "fr", "UTF-16LE",
          "es", "IBM850",
          "it", "UTF-8 with BOM",
          "ru", "IBM866",
          "zh-cn", "GBK");

  @TestFactory
  Stream<DynamicTest> sameFactsInEveryDisplayLanguage() {
    return LANGUAGES.keySet().stream()
        .sorted()
        .map(
            lang ->
                DynamicTest.dynamicTest(
                    lang,
                    () -> {
                      byte[] bytes = TestFiles.capture("systeminfo/languages/" + lang + ".txt");
                      TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
                      assertEquals(LANGUAGES.get(lang), decoded.encoding());
                      SystemInfo info = SystemInfoParser.parse(lang, decoded.text());
                      assertEquals(withoutLine(LANGUAGE_HOST), withoutLine(info));
                    }));
  }

  private static SystemInfo withoutLine(SystemInfo s) {
    return new SystemInfo(
        s.hostName(),
        s.osName(),
        s.version(),
        s.build(),
        s.architecture(),
        s.productType(),
        s.lastBootTime(),
        s.zoneOffset(),
        s.domain(),
        s.hotfixes(),
        s.declaredHotfixes(),
        0,
        s.notes());
  }

  /** The English capture in every encoding and with every line end Windows tools produce. */
  @TestFactory
  Stream<DynamicTest> sameFactsInEveryEncodingAndLineEnd() {
    String text = TextDecoding.decode(TestFiles.capture("systeminfo/languages/en.txt")).text();
    byte[] utf16le = text.getBytes(StandardCharsets.UTF_16LE);
    Map<String, byte[]> variants =
        Map.ofEntries(
            Map.entry(
                "UTF-8 with BOM",
                concat(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    text.getBytes(StandardCharsets.UTF_8))),
            Map.entry("UTF-16LE with BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16le)),
            Map.entry(
                "UTF-16BE with BOM",
                concat(
                    new byte[] {(byte) 0xFE, (byte) 0xFF},
                    text.getBytes(StandardCharsets.UTF_16BE))),
            Map.entry("UTF-16LE without BOM", utf16le),
            Map.entry(
                "ASCII banner, then UTF-16LE",
                concat(
                    "Please wait while WMIC is being installed."
                        .getBytes(StandardCharsets.US_ASCII),
                    utf16le)),
            Map.entry("cp437", text.getBytes(Charset.forName("IBM437"))),
            Map.entry("LF", text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)),
            Map.entry("CR", text.replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8)),
            Map.entry("NEL", text.replace("\r\n", "\u0085").getBytes(StandardCharsets.UTF_8)),
            Map.entry("CR CR LF", text.replace("\r\n", "\r\r\n").getBytes(StandardCharsets.UTF_8)),
            Map.entry(
                "no-break spaces",
                text.replace(": ", ":\u00A0")
                    .replace("Server 2008", "Server\u00A02008")
                    .getBytes(StandardCharsets.UTF_8)));
    return variants.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            v ->
                DynamicTest.dynamicTest(
                    v.getKey(),
                    () -> {
                      SystemInfo info =
                          SystemInfoParser.parse(
                              v.getKey(), TextDecoding.decode(v.getValue()).text());
                      assertEquals(withoutLine(LANGUAGE_HOST), withoutLine(info));
                    }));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void csvAndTableFormsGiveTheSameFacts() throws Exception {
    SystemInfo csv =
        SystemInfoParser.parse("csv", TestFiles.text("systeminfo/server2019-fo-csv.csv"));
    SystemInfo table =
        SystemInfoParser.parse("table", TestFiles.text("systeminfo/server2019-fo-table.txt"));
    assertEquals(withoutLine(csv), withoutLine(table));
    assertEquals("APP2019-07", csv.hostName());
    assertEquals(17763, csv.build());
    assertEquals("10.0", csv.version());
    assertEquals(ProductType.SERVER, csv.productType());
    assertEquals("contoso.local", csv.domain());
    assertEquals(List.of("KB5066139", "KB4512577", "KB5005112", "KB5066586"), csv.hotfixes());
    // 11/18/2026 3:02:11 AM at UTC-05:00
    assertEquals(Instant.parse("2026-11-18T08:02:11Z"), csv.lastBootTime());
  }

  @Test
  void aTruncatedListIsRecognisedByItsCountAndItsCutOffLastItem() throws Exception {
    String cut =
        header("3 Hotfix(s) Installed.")
            + "                           [01]: KB2919355\r\n                           [0";
    SystemInfo info = SystemInfoParser.parse("cut", cut);
    assertEquals(List.of("KB2919355"), info.hotfixes());
    assertTrue(info.hotfixListTruncated());
    String shortCount =
        header("1 Hotfix(s) Installed.")
            + "                           [01]: KB2919355\r\n                           [02";
    assertTrue(SystemInfoParser.parse("cut", shortCount).hotfixListTruncated());
  }

  @Test
  void notAvailableMeansAnEmptyListAndAMissingFieldAnUnknownOne() throws Exception {
    SystemInfo none = SystemInfoParser.parse("none", header("N/A"));
    assertEquals(List.of(), none.hotfixes());
    assertFalse(none.hotfixListTruncated());
    String cutBeforeHotfixes = header("N/A").substring(0, header("N/A").indexOf("Logon Server"));
    assertNull(SystemInfoParser.parse("short", cutBeforeHotfixes).hotfixes());
  }

  @Test
  void aDomainControllerIsToldByItsConfigurationInAnyLanguage() throws Exception {
    String ru = header("N/A").replace("Member Server", "Основной контроллер домена");
    assertEquals(ProductType.DOMAIN_CONTROLLER, SystemInfoParser.parse("ru", ru).productType());
    assertEquals(
        ProductType.WORKSTATION,
        SystemInfoParser.productType("Microsoft Windows 10 Pro", "Standalone Workstation"));
  }

  @Test
  void withoutATimeZoneTheBootTimeIsLeftOutWithANote() throws Exception {
    String noZone = header("N/A").replaceAll("(?m)^Time Zone:.*\\r\\n", "");
    SystemInfo info = SystemInfoParser.parse("nozone", noZone);
    assertNull(info.lastBootTime());
    assertEquals(1, info.notes().size());
  }

  /** The CI fuzzer's systeminfo finding: an offset no zone can have threw DateTimeException. */
  @Test
  void anImpossibleTimeZoneIsNoTimeZone() throws Exception {
    String text = header("N/A");
    String impossible = text.replaceAll("(?m)^(Time Zone:\\s+)\\(UTC[^)]*\\)", "$1(UTC-37:00)");
    assertTrue(impossible.contains("(UTC-37:00)"), impossible);
    SystemInfo info = SystemInfoParser.parse("zone", impossible);
    assertNull(info.lastBootTime());
    assertEquals(1, info.notes().size());
  }

  @Test
  void textThatIsNotSysteminfoIsRefused() {
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> SystemInfoParser.parse("x.txt", "Host Name: A\r\nOS Name: B\r\n"));
    assertTrue(e.getMessage().startsWith("x.txt: no OS version value"), e.getMessage());
    ImportException two =
        assertThrows(
            ImportException.class,
            () -> SystemInfoParser.parse("two.txt", header("N/A") + header("N/A")));
    assertTrue(two.getMessage().contains("more than one systeminfo output"), two.getMessage());
  }

  /** A minimal English list-form output up to its hotfix field, whose value is {@code hotfixes}. */
  private static String header(String hotfixes) {
    String[][] fields = {
      {"Host Name", "SRV01"},
      {"OS Name", "Microsoft Windows Server 2012 R2 Standard"},
      {"OS Version", "6.3.9600 N/A Build 9600"},
      {"OS Manufacturer", "Microsoft Corporation"},
      {"OS Configuration", "Member Server"},
      {"Original Install Date", "4/25/2014, 11:13:57 AM"},
      {"System Boot Time", "3/20/2019, 9:58:25 PM"},
      {"System Type", "x64-based PC"},
      {"Time Zone", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"},
      {"Domain", "corp.example"},
      {"Logon Server", "\\\\DC01"},
      {"Hotfix(s)", hotfixes}
    };
    StringBuilder s = new StringBuilder("\r\n");
    for (String[] f : fields) {
      s.append(String.format("%-27s%s\r\n", f[0] + ":", f[1]));
    }
    return s.toString();
  }
}
