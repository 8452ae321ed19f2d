package org.wuhealth.importers.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.importers.TestFiles;
import org.wuhealth.parsing.ImportException;

class RegFileParserTest {
  private static RegistryTree parse(String capture) throws ImportException {
    return RegFileParser.parse(capture, TestFiles.text(capture));
  }

  @Test
  void unicodeExportWithWrappedHexValuesAndSubkeys() throws Exception {
    RegistryTree tree = parse("registry/currentversion.reg");
    String cv = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    assertEquals(
        "Windows Server 2012 R2 Standard", tree.value(cv, "ProductName").orElseThrow().asText());
    assertEquals(20778L, tree.value(cv, "UBR").orElseThrow().asLong());
    assertEquals("C:\\Windows", tree.value(cv, "SystemRoot").orElseThrow().asText());
    byte[] id = (byte[]) tree.value(cv, "DigitalProductId").orElseThrow().data();
    assertEquals(164, id.length, "the wrapped hex value is read whole");
    assertEquals(List.of("AppCompatFlags", "Winlogon"), tree.subkeys(cv));
    assertTrue(tree.isCovered(cv + "\\Anything\\Below"));
    assertFalse(tree.isCovered("HKLM\\SOFTWARE\\Microsoft\\Windows NT"));
  }

  @Test
  void regedit4WithAnsiStrings() throws Exception {
    RegistryTree tree = parse("registry/wu-policy-regedit4.reg");
    String au = "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU";
    assertEquals(1L, tree.value(au, "UseWUServer").orElseThrow().asLong());
    assertEquals(
        "https://wsus01.corp.example:8531",
        tree.value("hklm:\\software\\policies\\microsoft\\windows\\windowsupdate", "WUServer")
            .orElseThrow()
            .asText());
  }

  @Test
  void multiStringsKeepTheirEmptyEntries() throws Exception {
    RegistryTree tree = parse("registry/session-manager.reg");
    String sm = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager";
    assertEquals(
        List.of(
            "\\??\\C:\\Windows\\SoftwareDistribution\\Download\\8f0c\\wuaueng.dll.tmp",
            "",
            "\\??\\C:\\Program Files\\Agent\\agent.dll.new",
            "!\\??\\C:\\Program Files\\Agent\\agent.dll",
            "\\??\\C:\\Windows\\Temp\\cab_4412_3",
            ""),
        tree.value(sm, "PendingFileRenameOperations").orElseThrow().asStrings());
    assertEquals(List.of(), tree.value(sm, "ExcludeFromKnownDlls").orElseThrow().asStrings());
    assertEquals(
        "%SystemRoot%\\system32\\cmd.exe",
        tree.value(sm + "\\Environment", "ComSpec").orElseThrow().asText());
    assertEquals(
        "mnmsrvc",
        parse("registry/productoptions-computername.reg")
            .value("HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName", "")
            .orElseThrow()
            .asText());
  }

  @Test
  void controlSet001AnswersForCurrentControlSet() throws Exception {
    String text =
        "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\ProductOptions]\r\n\"ProductType\"=\"LanmanNT\"\r\n";
    RegistryTree tree = RegFileParser.parse("x.reg", text);
    assertEquals(
        "LanmanNT",
        tree.value(RegistryPaths.PRODUCT_OPTIONS, "ProductType").orElseThrow().asText());
    assertTrue(tree.isCovered(RegistryPaths.PRODUCT_OPTIONS));
  }

  @Test
  void deletionsAndCommentsAreSkipped() throws Exception {
    String text =
        "REGEDIT4\r\n; a comment\r\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Gone]\r\n\"x\"=\"y\"\r\n"
            + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Kept]\r\n\"old\"=-\r\n\"q\"=hex(b):01,00,00,00,00,00,00,00\r\n";
    RegistryTree tree = RegFileParser.parse("x.reg", text);
    assertFalse(tree.exists("HKLM\\SOFTWARE\\Gone"));
    assertTrue(tree.value("HKLM\\SOFTWARE\\Kept", "old").isEmpty());
    assertEquals(1L, tree.value("HKLM\\SOFTWARE\\Kept", "q").orElseThrow().asLong());
  }

  @Test
  void brokenExportsNameTheLine() {
    assertEquals(
        "x.reg:4: bad dword value: \"dword:xyz\"",
        assertThrows(
                ImportException.class,
                () ->
                    RegFileParser.parse(
                        "x.reg", "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\A]\r\n\"v\"=dword:xyz\r\n"))
            .getMessage());
    assertEquals(
        "x.reg:3: key line without a closing ']'",
        assertThrows(
                ImportException.class,
                () -> RegFileParser.parse("x.reg", "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\A\r\n"))
            .getMessage());
    assertEquals(
        "x.reg:4: value cut off at the end of the file",
        assertThrows(
                ImportException.class,
                () ->
                    RegFileParser.parse(
                        "x.reg",
                        "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\A]\r\n\"v\"=hex:01,02,\\\r\n  03,\\"))
            .getMessage());
    assertTrue(
        assertThrows(ImportException.class, () -> RegFileParser.parse("x.reg", "hello\r\n"))
            .getMessage()
            .startsWith("x.reg:1: not a registry export"));
  }
}
