package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorCodesTest {
  private final ErrorCodes codes = Knowledge.get().errorCodes();

  private ErrorCode decode(String text) {
    return codes.decode(text).orElseThrow(() -> new AssertionError("not decoded: " + text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x80240017",
        "0X80240017",
        "0x80240017 ",
        "80240017",
        "-2145124329",
        "2149842967"
      })
  void everySpellingOfAnHresultDecodesTheSame(String spelling) {
    ErrorCode c = decode(spelling);
    assertEquals("0x80240017", c.code());
    assertEquals("WU_E_NOT_APPLICABLE", c.name());
    assertEquals("Windows Update agent: general", c.group());
    assertEquals("FACILITY_WINDOWSUPDATE (36)", c.facility());
    assertTrue(c.known());
    assertTrue(c.isFailure());
  }

  @Test
  void numericFormsDecodeLikeText() {
    assertEquals(decode("0x8024402C"), codes.decode(0x8024402CL).orElseThrow());
    assertEquals(decode("0x8024402C"), codes.decode(-2145107924L).orElseThrow());
    assertEquals("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", decode("0x8024402c").name());
    assertTrue(codes.decode(0x1_0000_0000L).isEmpty(), "beyond 32 bits");
    assertTrue(codes.decode(-2147483649L).isEmpty(), "below the signed 32-bit range");
  }

  @Test
  void winsockDecodesInDecimalAndAsHresult() {
    ErrorCode decimal = decode("10060");
    ErrorCode hresult = decode("0x8007274C");
    assertEquals("WSAETIMEDOUT", decimal.name());
    assertEquals("WSAETIMEDOUT", hresult.name());
    assertEquals(10060, decimal.winsock());
    assertEquals(10060, hresult.winsock());
    assertEquals("0x0000274C", decimal.code());
    assertEquals("Winsock error", decimal.group());
    assertEquals("Winsock error as HRESULT", hresult.group());
    assertNull(decimal.facility(), "a plain number has no facility");
    assertEquals("FACILITY_WIN32 (7)", hresult.facility());
    assertEquals(ErrorCause.TIMEOUT, decimal.cause());
    assertEquals(decimal.meaning(), hresult.meaning());
    assertTrue(decimal.isFailure() && hresult.isFailure());
    assertEquals(ErrorCause.REFUSED, decode("10061").cause());
    assertEquals(ErrorCause.DNS, decode("0x80072AF9").cause());
    assertEquals("WSAHOST_NOT_FOUND", decode("11001").name());
  }

  @Test
  void certificateAndTlsCodesCarryTheirCause() {
    assertEquals(ErrorCause.UNTRUSTED_ROOT, decode("0x800B0109").cause());
    assertEquals(ErrorCause.EXPIRED, decode("0x800B0101").cause());
    assertEquals(ErrorCause.NAME_MISMATCH, decode("0x800B010F").cause());
    assertEquals(ErrorCause.CLOCK_SKEW, decode("0x80090324").cause());
    assertEquals(ErrorCause.REVOCATION_OFFLINE, decode("0x80092013").cause());
    ErrorCode secure = decode("0x80072F8F");
    assertEquals(ErrorCause.TLS, secure.cause());
    assertEquals(List.of("ERROR_WINHTTP_SECURE_FAILURE"), secure.alsoKnownAs());
    assertTrue(secure.isCertificate());
    assertFalse(secure.isNetwork());
  }

  @Test
  void servicingCodesCarryTheirCause() {
    assertEquals(ErrorCause.CORRUPTION, decode("0x80073712").cause());
    assertEquals(ErrorCause.CORRUPTION, decode("0x800F081F").cause());
    assertEquals(ErrorCause.SSU_REQUIRED, decode("0x80242017").cause());
    assertEquals(ErrorCause.SSU_REQUIRED, decode("0x800F0823").cause());
    assertEquals(ErrorCause.REBOOT_PENDING, decode("0x80240016").cause());
    assertEquals(ErrorCause.SERVICE_DISABLED, decode("0x80070422").cause());
    assertEquals(ErrorCause.DISK_FULL, decode("0x80070070").cause());
  }

  @Test
  void successCodesAreNotFailures() {
    assertFalse(decode("0").isFailure());
    assertFalse(decode("0x00240005").isFailure(), "WU_S_REBOOT_REQUIRED");
    assertFalse(decode("2359302").isFailure(), "WU_S_ALREADY_INSTALLED as wusa's exit code");
    assertEquals("WU_S_ALREADY_INSTALLED", decode("2359302").name());
    ErrorCode rebootRequired = decode("3010");
    assertEquals("ERROR_SUCCESS_REBOOT_REQUIRED", rebootRequired.name());
    assertEquals("Win32 error", rebootRequired.group());
    assertFalse(rebootRequired.isFailure());
    assertTrue(decode("87").isFailure(), "ERROR_INVALID_PARAMETER as a plain exit code");
  }

  @Test
  void unknownWin32CodesDecodeByFacility() {
    ErrorCode c = decode("0x80071234");
    assertFalse(c.known());
    assertNull(c.name());
    assertEquals("Win32 error as HRESULT", c.group());
    assertEquals("FACILITY_WIN32 (7)", c.facility());
    assertTrue(c.meaning().startsWith("Windows error 4660 (0x1234)"), c.meaning());
    assertTrue(c.isFailure());
    assertEquals("0x80071234", c.label());
    assertEquals("WinINet/WinHTTP", decode("0x80072F99").group(), "Win32 12185 is a WinINet code");
    assertEquals("Win32 error", decode("4660").group());
  }

  @Test
  void unknownHresultsNameTheirFacilityAndComponent() {
    ErrorCode wu = decode("0x80244777");
    assertFalse(wu.known());
    assertEquals("Windows Update agent: protocol talker", wu.group());
    assertEquals("FACILITY_WINDOWSUPDATE (36)", wu.facility());
    ErrorCode cbs = decode("0x800F0999");
    assertEquals("FACILITY_SETUPAPI (15)", cbs.group());
    ErrorCode odd = decode("0x87770001");
    assertEquals("facility 1911", odd.facility());
    assertTrue(odd.meaning().contains("0x0001"), odd.meaning());
  }

  @Test
  void textThatIsNotACodeIsNotDecoded() {
    assertTrue(codes.decode("timeout").isEmpty());
    assertTrue(codes.decode("0x123456789").isEmpty());
    assertTrue(codes.decode((String) null).isEmpty());
  }

  @Test
  void describeReadsAsOneEvidenceLine() {
    assertEquals(
        "0x80073712 ERROR_SXS_COMPONENT_STORE_CORRUPT (Win32 error as HRESULT): The component"
            + " store (WinSxS) is damaged",
        decode("0x80073712").describe());
    assertTrue(
        decode("0x8007274C")
            .describe()
            .startsWith("0x8007274C WSAETIMEDOUT (Winsock error 10060 as HRESULT): "));
    assertTrue(
        decode("10060").describe().startsWith("0x0000274C WSAETIMEDOUT (Winsock error 10060): "));
  }

  /**
   * The meanings are wuhealth's own words: none may repeat the SDK message text that the compiled
   * facts recorded next to the code.
   */
  @Test
  void meaningsAreNotCopiedFromTheSdkMessages() throws IOException {
    assertTrue(codes.size() > 900, "the tables load: " + codes.size());
    String table = resource("error-codes.csv") + resource("winsock-codes.csv");
    for (String copied :
        List.of(
            "Operation was not performed because there are no applicable updates",
            "The component store has been corrupted",
            "A connection attempt failed because the connected party did not properly respond",
            "A certificate chain processed, but terminated in a root certificate")) {
      assertFalse(table.contains(copied), "SDK text shipped verbatim: " + copied);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ErrorCodes.class.getResourceAsStream("/org/wuhealth/knowledge/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
