package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a WSUS server needs before clients can talk to it reliably (wsus-requirements.csv): on WSUS
 * 3.0 SP2 a minimum WSUS version (KB4039929), on Server 2012 / 2012 R2 / 2016 an OS rollup "or a
 * later-version rollup", judged by the rollup catalogue and the running build, never by the exact
 * KB alone.
 *
 * @param wsusVersionPrefix the WSUS versions this row applies to ("3.2.7600"), or null
 * @param releaseIds the OS releases this row applies to, or empty
 * @param minWsusVersion the lowest acceptable WSUS version, or null
 * @param rollupFrom any rollup of the release released on or after this day satisfies the row
 * @param rollupPossibleFrom a rollup released from this day (and before {@code rollupFrom}) may
 *     satisfy it: Microsoft's documents disagree for these days, or the required update's own day
 *     is not known; null when there is no such window
 * @param minUbr a running build with at least this UBR satisfies the row, or null
 */
public record WsusRequirement(
    String id,
    String wsusVersionPrefix,
    List<String> releaseIds,
    String requiredKb,
    String minWsusVersion,
    LocalDate rollupFrom,
    LocalDate rollupPossibleFrom,
    Integer minUbr,
    String confidence,
    String source) {

  static WsusRequirement fromRow(Map<String, String> row) {
    String appliesTo = row.get("applies_to");
    String from = row.get("rollup_from");
    String ubr = row.get("min_ubr");
    String version = row.get("min_wsus_version");
    return new WsusRequirement(
        row.get("id"),
        appliesTo.startsWith("wsus-version:") ? appliesTo.substring(13) : null,
        appliesTo.startsWith("release:") ? CsvTable.split(appliesTo.substring(8)) : List.of(),
        row.get("required_kb"),
        version == null || version.isBlank() ? null : version,
        from == null || from.isBlank() ? null : LocalDate.parse(from),
        CsvTable.date(row.get("rollup_possible_from")),
        ubr == null || ubr.isBlank() ? null : Integer.valueOf(ubr),
        row.get("confidence"),
        row.get("source"));
  }

  /** True when the running build already carries the fix (a UBR at or above the minimum). */
  public boolean satisfiedByBuild(Integer ubr) {
    return minUbr != null && ubr != null && ubr >= minUbr;
  }

  /** True when {@code wsusVersion} is one this row governs and is older than its minimum. */
  public boolean versionTooOld(String wsusVersion) {
    return wsusVersionPrefix != null
        && minWsusVersion != null
        && wsusVersion != null
        && wsusVersion.trim().startsWith(wsusVersionPrefix + ".")
        && DottedVersion.isBelow(wsusVersion, minWsusVersion);
  }

  /** "KB4039871 or a rollup released on or after 2017-09-01" for evidence and advice. */
  public String describe() {
    StringBuilder s = new StringBuilder(requiredKb);
    if (rollupFrom != null) {
      s.append(" or a monthly, preview or out-of-band rollup released on or after ")
          .append(rollupFrom);
    }
    if (minWsusVersion != null) {
      s.append(" (WSUS version ").append(minWsusVersion).append(" or later)");
    }
    return s.toString();
  }
}
