package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * "Before you can install X on release R, Y must be installed" (prerequisites.csv).
 *
 * @param targetKb the single update this applies to, or null when it applies by date or to any
 *     update of the release
 * @param releasedAfter applies to every update released after this day, or null
 * @param satisfiedBySsuAfter a standalone SSU of the release from this month on also satisfies it
 * @param kbThreshold updates of unknown date with a KB number above this are presumed later
 * @param required false when the source only says a host "might" need it (never certain then)
 */
public record Prerequisite(
    String id,
    List<String> releaseIds,
    String targetKb,
    LocalDate releasedAfter,
    String prerequisiteKb,
    YearMonth satisfiedBySsuAfter,
    Long kbThreshold,
    boolean required,
    String confidence,
    String source) {

  static Prerequisite fromRow(Map<String, String> row) {
    String appliesTo = row.get("applies_to");
    String satisfiedBy = row.get("satisfied_by");
    String threshold = row.get("kb_threshold");
    String strength = row.get("strength");
    if (!"required".equals(strength) && !"might".equals(strength)) {
      throw new IllegalStateException(
          "prerequisites.csv row " + row.get("id") + ": strength must be required or might");
    }
    if (!appliesTo.equals("any")
        && !appliesTo.startsWith("kb:")
        && !appliesTo.startsWith("released-after:")) {
      throw new IllegalStateException(
          "prerequisites.csv row " + row.get("id") + ": applies_to " + appliesTo);
    }
    return new Prerequisite(
        row.get("id"),
        CsvTable.split(row.get("release_ids")),
        appliesTo.startsWith("kb:") ? appliesTo.substring(3) : null,
        appliesTo.startsWith("released-after:") ? LocalDate.parse(appliesTo.substring(15)) : null,
        row.get("prerequisite"),
        satisfiedBy != null && satisfiedBy.startsWith("ssu-after:")
            ? YearMonth.parse(satisfiedBy.substring(10))
            : null,
        threshold == null || threshold.isBlank() ? null : Long.valueOf(threshold),
        "required".equals(strength),
        row.get("confidence"),
        row.get("source"));
  }

  /** True when the row applies to every update of its releases (no date, no single KB). */
  public boolean appliesToAny() {
    return targetKb == null && releasedAfter == null;
  }
}
