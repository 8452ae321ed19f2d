package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A standalone servicing stack update (ssu.csv); a later SSU of the same release replaces it.
 *
 * @param releaseMonth the month it was released (or, where the notes say so, a month it was known
 *     by), or null
 * @param releaseDate the exact day, when a source gives it, else null
 */
public record ServicingStackUpdate(
    String kb,
    List<String> releaseIds,
    YearMonth releaseMonth,
    LocalDate releaseDate,
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
        CsvTable.date(row.get("release_date")),
        version == null || version.isBlank() ? null : version,
        row.get("confidence"),
        row.get("source"));
  }

  /** Rows that only rest on memory or one blog are kept for reference but never relied upon. */
  public boolean trusted() {
    return confidence.startsWith("verified");
  }

  /**
   * The first day the update can be taken as released: its day when known, else the first day of
   * the month after its release month (so that a snapshot never learns of it early); null when
   * neither is known.
   */
  public LocalDate knownFrom() {
    if (releaseDate != null) {
      return releaseDate;
    }
    return releaseMonth == null ? null : releaseMonth.plusMonths(1).atDay(1);
  }

  /** "KB5005112 (2021-08)" for evidence. */
  public String describe() {
    if (releaseDate != null) {
      return kb + " (" + releaseDate + ")";
    }
    return releaseMonth == null ? kb : kb + " (" + releaseMonth + ")";
  }
}
