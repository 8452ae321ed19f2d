package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;

/**
 * Error codes a Windows Update client reports when its WSUS server misbehaves, as seen in a
 * snapshot's events and install attempts. A WSUS server is usually its own client, so its own logs
 * show what its clients see.
 */
public final class WsusClientErrors {
  /**
   * What a client gets when the WSUS web service is stopped or unreachable: HTTP 500, 503 and 408
   * as WU_E_PT_HTTP_STATUS_* codes, WinINet "cannot connect" and "timed out", and Winsock
   * "connection refused" and "timed out" as HRESULTs.
   */
  public static final Set<String> SERVER_UNAVAILABLE =
      Set.of(
          "0x8024401F",
          "0x80244022",
          "0x8024401C",
          "0x80072EFD",
          "0x80072EE2",
          "0x8007274D",
          "0x8007274C");

  private WsusClientErrors() {}

  /**
   * The Windows Update agent's code for an HTTP server error, or null: wuerror.h numbers
   * WU_E_PT_HTTP_STATUS_SERVER_ERROR (500) to WU_E_PT_HTTP_STATUS_VERSION_NOT_SUP (505) from
   * 0x8024401F on.
   */
  public static String forHttpStatus(int status) {
    return status >= 500 && status <= 505
        ? String.format("0x%08X", 0x8024401FL + (status - 500))
        : null;
  }

  /** The distinct codes from {@code codes} that the events or attempts report, sorted. */
  public static List<String> seen(Set<String> codes, List<?> events, List<?> attempts) {
    Set<String> found = new TreeSet<>();
    List<Object> all = new ArrayList<>(events);
    all.addAll(attempts);
    for (Object o : all) {
      String code =
          o instanceof LogEvent e ? e.code() : o instanceof InstallAttempt a ? a.code() : null;
      if (code != null && codes.contains(code)) {
        found.add(code);
      }
    }
    return new ArrayList<>(found);
  }
}
