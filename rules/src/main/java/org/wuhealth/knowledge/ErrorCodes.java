package org.wuhealth.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wuhealth.facts.HResult;

/**
 * Decodes error codes the way Windows logs write them: HRESULTs (Windows Update agent, servicing
 * stack, Win32, WinINet/WinHTTP, certificate and trust codes) and plain Win32 or Winsock numbers.
 * Every spelling {@link HResult#canonical(String)} accepts works: "0x8024402C", "8024402c",
 * "-2145107924", "2149859372", and "10060" for a Winsock error. A Winsock error decodes the same in
 * its decimal form (10060) and as an HRESULT (0x8007274C). A code the tables do not list is still
 * decoded from its structure: 0x8007xxxx is Win32 error xxxx, and the facility names the component.
 */
public final class ErrorCodes {
  private static final long WIN32_FACILITY_PREFIX = 0x80070000L;

  private final Map<Long, Row> byValue = new HashMap<>();
  private final Map<Integer, Row> winsock = new HashMap<>();
  private final Map<Integer, String> facilities = new HashMap<>();

  /** One catalogued code as the tables hold it. */
  private record Row(
      String name,
      List<String> alsoKnownAs,
      String group,
      String meaning,
      String hint,
      ErrorCause cause) {}

  ErrorCodes(
      List<Map<String, String>> hresults,
      List<Map<String, String>> winsockRows,
      List<Map<String, String>> facilityRows) {
    for (Map<String, String> r : hresults) {
      long value = Long.parseLong(r.get("code").substring(2), 16);
      if (byValue.put(value, row(r, r.get("group"))) != null) {
        throw new IllegalStateException("error-codes.csv lists " + r.get("code") + " twice");
      }
    }
    for (Map<String, String> r : winsockRows) {
      winsock.put(Integer.valueOf(r.get("code")), row(r, "Winsock"));
    }
    for (Map<String, String> r : facilityRows) {
      facilities.put(
          Integer.valueOf(r.get("number")), r.get("name") + " (" + r.get("number") + ")");
    }
  }

  static ErrorCodes load() {
    return new ErrorCodes(
        CsvTable.read("error-codes.csv"),
        CsvTable.read("winsock-codes.csv"),
        CsvTable.read("facilities.csv"));
  }

  private static Row row(Map<String, String> r, String group) {
    String cause = blankToNull(r.get("cause"));
    return new Row(
        r.get("name"),
        CsvTable.split(r.get("also_known_as")),
        group,
        r.get("meaning"),
        blankToNull(r.get("hint")),
        cause == null
            ? null
            : ErrorCause.parse(cause)
                .orElseThrow(() -> new IllegalStateException("unknown cause " + cause)));
  }

  /** Decodes any spelling of a code; empty when the text is not a 32-bit code. */
  public Optional<ErrorCode> decode(String text) {
    return HResult.canonical(text).map(c -> decodeUnsigned(Long.parseLong(c.substring(2), 16)));
  }

  /** Decodes a signed or unsigned 32-bit value; empty outside that range. */
  public Optional<ErrorCode> decode(long value) {
    return HResult.canonical(value).map(c -> decodeUnsigned(Long.parseLong(c.substring(2), 16)));
  }

  /** Number of catalogued codes (HRESULT table plus Winsock table). */
  public int size() {
    return byValue.size() + winsock.size();
  }

  private ErrorCode decodeUnsigned(long v) {
    String code = String.format(Locale.ROOT, "0x%08X", v);
    int facility = (int) ((v >> 16) & 0x1FFF);
    int low = (int) (v & 0xFFFF);
    boolean plain = v <= 0xFFFF;
    Row exact = byValue.get(v);
    if (exact != null) {
      return of(code, exact, exact.group(), plain ? null : facilityName(facility), null);
    }
    if ((v & 0xFFFF0000L) == WIN32_FACILITY_PREFIX || plain) {
      return win32(code, low, plain);
    }
    return structural(code, v, facility, low);
  }

  /** A Win32 error, as an HRESULT (0x8007xxxx) or as the plain number (Winsock 10060, 87, ...). */
  private ErrorCode win32(String code, int number, boolean plain) {
    String facility = plain ? null : facilityName(7);
    Row ws = winsock.get(number);
    if (ws != null) {
      return of(code, ws, plain ? "Winsock error" : "Winsock error as HRESULT", facility, number);
    }
    Row asHresult = byValue.get(WIN32_FACILITY_PREFIX | number);
    if (plain && asHresult != null) {
      String group = asHresult.group().replace(" as HRESULT", "");
      return of(code, asHresult, group, null, null);
    }
    boolean wininet = number >= 12000 && number < 12200;
    String group = wininet ? "WinINet/WinHTTP" : plain ? "Win32 error" : "Win32 error as HRESULT";
    return new ErrorCode(
        code,
        null,
        List.of(),
        group,
        facility,
        String.format(
            Locale.ROOT,
            "Windows error %d (0x%X)%s; not described in the knowledge base.",
            number,
            number,
            plain ? "" : " reported as an HRESULT"),
        null,
        null,
        null,
        false);
  }

  /** An uncatalogued HRESULT: name its facility, and its component for Windows Update codes. */
  private ErrorCode structural(String code, long v, int facility, int low) {
    String facilityName = facilityName(facility);
    String group = facility == 36 ? windowsUpdateComponent(low) : facilityName;
    boolean failure = (v & 0x80000000L) != 0;
    return new ErrorCode(
        code,
        null,
        List.of(),
        group,
        facilityName,
        String.format(
            Locale.ROOT,
            "%s code 0x%04X of %s; not described in the knowledge base.",
            failure ? "Error" : "Status",
            low,
            facilityName),
        null,
        null,
        null,
        false);
  }

  private String facilityName(int facility) {
    return facilities.getOrDefault(facility, "facility " + facility);
  }

  /**
   * The agent component of a Windows Update code, from the third hex digit of its low word
   * (0x8024<b>4</b>xxx is the protocol talker), as the catalogued codes are laid out.
   */
  private static String windowsUpdateComponent(int low) {
    String component =
        switch (low >> 12) {
          case 0x0 -> "general";
          case 0x1 -> "Windows Installer";
          case 0x2 -> "update handler";
          case 0x3 -> "user interface";
          case 0x4 -> "protocol talker";
          case 0x5 -> "redirector";
          case 0x6 -> "download manager";
          case 0x7 -> "offline scan and metadata";
          case 0x8 -> "data store";
          case 0x9 -> "inventory";
          case 0xA -> "automatic updates";
          case 0xB -> "update task";
          case 0xC -> "driver util";
          case 0xD -> "setup/self-update";
          case 0xE -> "expression evaluator";
          default -> "reporter";
        };
    return "Windows Update agent: " + component;
  }

  private static ErrorCode of(String code, Row r, String group, String facility, Integer winsock) {
    return new ErrorCode(
        code,
        r.name(),
        r.alsoKnownAs(),
        group,
        facility,
        r.meaning(),
        r.hint(),
        r.cause(),
        winsock,
        true);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
