package org.wuhealth.knowledge;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A standalone servicing stack update (ssu.csv); a later SSU of the same release replaces it. */
public record ServicingStackUpdate(
    String kb,
    List<String> releaseIds,
    YearMonth releaseMonth,
    String servicingStackVersion,
    String confidence,
    String source) {

  static ServicingStackUpdate fromRow(Map<String, String> row) {
    String month = row.get("release_month");
    String version = row.get("servicing_stack_version");
    return new ServicingStackUpdate(
        row.get("kb"),
        CsvTable.split(row.get("release_ids")),
        month == null || month.isBlank() ? null : YearMonth.parse(month),
        version == null || version.isBlank() ? null : version,
        row.get("confidence"),
        row.get("source"));
  }

  /** Rows that only rest on memory or one blog are kept for reference but never relied upon. */
  public boolean trusted() {
    return confidence.startsWith("verified");
  }
}
