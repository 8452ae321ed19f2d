package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.util.Map;

/**
 * When a release (or one edition family of it) stops getting security updates (lifecycle.csv).
 *
 * @param editions "all", or the edition family the row is for: "home-pro", "enterprise", "ltsc",
 *     "iot-ltsc"
 * @param name the release as Microsoft's lifecycle names it for these editions
 * @param esuEnd the end of paid extended security updates, or null
 */
public record Lifecycle(
    String releaseId,
    String editions,
    String name,
    LocalDate endOfSupport,
    LocalDate esuEnd,
    String confidence,
    String source) {

  static Lifecycle fromRow(Map<String, String> row) {
    return new Lifecycle(
        row.get("release_id"),
        row.get("editions"),
        row.get("name"),
        CsvTable.date(row.get("end_of_support")),
        CsvTable.date(row.get("esu_end")),
        row.get("confidence"),
        row.get("source"));
  }

  /** The last day the release gets security fixes, counting paid extended security updates. */
  public LocalDate lastSupportedDay() {
    return esuEnd != null ? esuEnd : endOfSupport;
  }

  /** "Home, Pro", "Enterprise, Education", the LTSC edition's name, or "all editions". */
  public String editionLabel() {
    return switch (editions) {
      case "home-pro" -> "Home, Pro";
      case "enterprise" -> "Enterprise, Education";
      case "ltsc", "iot-ltsc" -> name;
      default -> "all editions";
    };
  }

  /** Whether this row governs {@code family}; UNKNOWN matches every row of the release. */
  boolean covers(EditionFamily family) {
    return switch (family) {
      case UNKNOWN -> true;
      case HOME_PRO -> editions.equals("all") || editions.equals("home-pro");
      case ENTERPRISE -> editions.equals("all") || editions.equals("enterprise");
      case LTSC -> editions.equals("ltsc");
      case IOT_LTSC -> editions.equals("iot-ltsc");
    };
  }
}
