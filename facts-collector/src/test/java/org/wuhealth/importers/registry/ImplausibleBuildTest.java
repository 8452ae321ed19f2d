package org.wuhealth.importers.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.wuhealth.parsing.ImportException;

/**
 * A registry export whose build or UBR no host can have (issue 17, item 15): refused at its line,
 * since a snapshot holds both as non-negative 32-bit integers; DWORD 0xFFFFFFFF is 4294967295, not
 * -1, and no UBR.
 */
class ImplausibleBuildTest {
  private static String export(String build, String ubr) {
    return "Windows Registry Editor Version 5.00\r\n\r\n"
        + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r\n"
        + "\"ProductName\"=\"Windows Server 2019 Datacenter\"\r\n"
        + "\"CurrentBuild\"="
        + build
        + "\r\n\"UBR\"="
        + ubr
        + "\r\n";
  }

  private static String refused(String build, String ubr) {
    return assertThrows(
            ImportException.class, () -> RegFileParser.parse("h.reg", export(build, ubr)))
        .getMessage();
  }

  @Test
  void aNegativeBuildIsRefusedAtItsLine() {
    assertEquals(
        "h.reg:5: CurrentBuild is -5, out of range (a build or UBR is 0 to 2147483647)",
        refused("\"-5\"", "dword:00000010"));
  }

  @Test
  void anAllOnesUbrIsRefusedAtItsLine() {
    assertEquals(
        "h.reg:6: UBR is 4294967295, out of range (a build or UBR is 0 to 2147483647)",
        refused("\"17763\"", "dword:ffffffff"));
  }

  @Test
  void aTwentyDigitBuildIsOutOfRangeNotMissing() {
    assertEquals(
        "h.reg:5: CurrentBuild is a number of 20 digits, out of range (a build or UBR is 0 to"
            + " 2147483647)",
        refused("\"12345678901234567890\"", "dword:00000010"));
  }

  @Test
  void aBuildThatIsNoNumberIsRefused() {
    assertEquals(
        "h.reg:5: CurrentBuild is \"seventeen\", not a number",
        refused("\"seventeen\"", "dword:00000010"));
  }

  @Test
  void theLargestDwordThatFitsIsKeptAndMapped() throws ImportException {
    RegistryTree tree = RegFileParser.parse("h.reg", export("\"17763\"", "dword:7fffffff"));
    assertEquals(2147483647, RegistryFactsMapper.map(tree).os().ubr());
    assertEquals(17763, RegistryFactsMapper.map(tree).os().build());
  }
}
