package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A cumulative update: a monthly rollup (2008 to 2012 R2) or a latest cumulative update (2016 and
 * later, with the build and UBR it brings). A later one of the same release supersedes it.
 *
 * @param type monthly-rollup, monthly-rollup-esu, cumulative, preview or out-of-band
 */
public record Rollup(
    String kb,
    List<String> releaseIds,
    LocalDate releaseDate,
    String type,
    Integer build,
    Integer ubr,
    String securityOnlyKb,
    String confidence,
    String source) {

  static Rollup fromRow(Map<String, String> row) {
    return new Rollup(
        row.get("kb"),
        CsvTable.split(row.get("release_ids")),
        LocalDate.parse(row.get("release_date")),
        row.get("type"),
        integer(row.get("build")),
        integer(row.get("ubr")),
        blankToNull(row.get("security_only_kb")),
        row.get("confidence"),
        row.get("source"));
  }

  private static Integer integer(String cell) {
    return cell == null || cell.isBlank() ? null : Integer.valueOf(cell.trim());
  }

  private static String blankToNull(String cell) {
    return cell == null || cell.isBlank() ? null : cell.trim();
  }
}
