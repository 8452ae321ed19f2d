package org.wuhealth.importers.registry;

import java.util.Locale;

/**
 * Registry exports of the sizes that were quadratic (issue 17, case 9), made at any size: real CBS
 * exports of servers with years of updates hold tens of thousands of package keys.
 */
public final class HugeExports {
  static final String PACKAGES =
      "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based"
          + " Servicing\\Packages";

  private HugeExports() {}

  /** {@code n} CBS package keys under one Packages key (40,000 took 76 s). */
  public static String packages(int n) {
    StringBuilder b = header().append('[').append(PACKAGES).append("]\r\n\r\n");
    for (int i = 0; i < n; i++) {
      b.append('[')
          .append(PACKAGES)
          .append(
              String.format(
                  Locale.ROOT,
                  "\\Package_for_KB%07d~31bf3856ad364e35~amd64~~10.0.1.%d]\r\n",
                  1_000_000 + i,
                  i))
          .append("\"CurrentState\"=dword:00000070\r\n")
          .append("\"InstallClient\"=\"WindowsUpdateAgent\"\r\n\r\n");
    }
    return b.toString();
  }

  /** {@code n} sibling keys whose parent is not exported, so each is a root (150,000: 120 s). */
  public static String siblings(int n) {
    StringBuilder b = header();
    for (int i = 0; i < n; i++) {
      b.append("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor\\Key").append(i).append("]\r\n");
      b.append("\"Value\"=dword:00000001\r\n\r\n");
    }
    return b.toString();
  }

  /** A hex(7) value continued over {@code n} lines (20,000 lines: 76 s). */
  public static String multiStringLines(int n) {
    StringBuilder b =
        header()
            .append("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager]\r\n")
            .append("\"PendingFileRenameOperations\"=hex(7):41,00,\\\r\n");
    for (int i = 0; i < n; i++) {
      b.append("  4A,00,4B,00,00,00,4C,00,4D,00,4E,00,00,00,4F,00,48,00,49,00,00,00,4A,00,\\\r\n");
    }
    return b.append("  00,00,00,00\r\n").toString();
  }

  /** A binary value of {@code bytes} bytes on one line (5 MB needed 673 MB of memory). */
  public static String hexLine(int bytes) {
    StringBuilder b =
        header().append("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor]\r\n").append("\"Blob\"=hex:");
    for (int i = 0; i < bytes; i++) {
      b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%02x", i & 0xff));
    }
    return b.append("\r\n").toString();
  }

  private static StringBuilder header() {
    return new StringBuilder(RegFileParser.HEADER_5).append("\r\n\r\n");
  }
}
