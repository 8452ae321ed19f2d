package org.wuhealth.knowledge;

import java.util.List;

/**
 * One decoded error code.
 *
 * @param code the canonical spelling, "0x" and eight upper-case hex digits ("0x8007274C")
 * @param name the symbolic name ("WSAETIMEDOUT"), or null when the code is not catalogued
 * @param alsoKnownAs other names for the same value (WinHTTP aliases of WinINet codes, ...)
 * @param group the family it belongs to ("Windows Update agent: protocol talker", "Winsock error as
 *     HRESULT", ...)
 * @param facility the HRESULT facility ("FACILITY_WIN32 (7)"); null for plain Win32/Winsock values
 * @param meaning a short meaning in wuhealth's own words
 * @param hint what usually helps, or null
 * @param cause the likely cause class, or null when the code says nothing specific
 * @param winsock the Winsock error number (10060) when the code is a Winsock error in either form
 * @param known true when the code is catalogued; false when only decoded from its structure
 */
public record ErrorCode(
    String code,
    String name,
    List<String> alsoKnownAs,
    String group,
    String facility,
    String meaning,
    String hint,
    ErrorCause cause,
    Integer winsock,
    boolean known) {

  public ErrorCode {
    alsoKnownAs = List.copyOf(alsoKnownAs);
  }

  /** The value as an unsigned 32-bit number. */
  public long value() {
    return Long.parseLong(code.substring(2), 16);
  }

  /**
   * True when the code reports a failure: an HRESULT with the severity bit set, or a non-zero plain
   * Win32/Winsock error, unless the catalogue marks it as a success ("restart required").
   */
  public boolean isFailure() {
    if (cause == ErrorCause.SUCCESS) {
      return false;
    }
    long v = value();
    return (v & 0x80000000L) != 0 || (v != 0 && v <= 0xFFFF);
  }

  public boolean isNetwork() {
    return cause != null && cause.isNetwork();
  }

  public boolean isCertificate() {
    return cause != null && cause.isCertificate();
  }

  /** "0x8007274C WSAETIMEDOUT" or, for an uncatalogued code, "0x80071234". */
  public String label() {
    return name == null ? code : code + " " + name;
  }

  /**
   * One line for evidence: "0x8007274C WSAETIMEDOUT (Winsock error 10060 as HRESULT): The
   * connection attempt timed out: the remote host did not answer".
   */
  public String describe() {
    String family =
        winsock == null ? group : group.replace("Winsock error", "Winsock error " + winsock);
    String m = meaning.endsWith(".") ? meaning.substring(0, meaning.length() - 1) : meaning;
    return label() + " (" + family + "): " + m;
  }
}
