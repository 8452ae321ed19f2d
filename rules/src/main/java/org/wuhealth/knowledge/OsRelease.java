package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.wuhealth.facts.Architecture;

/**
 * A Windows release as servicing sees it: NT version, build(s), the MSU file-name prefixes its
 * packages use, its architectures, when it was released and since when its servicing stack ships
 * inside the cumulative update. Server and client releases that share a build (2016 and Windows 10
 * 1607, 2025 and Windows 11 24H2) are separate rows; editions of one release (Home, Enterprise,
 * LTSC) share its updates and differ only in their {@link Lifecycle}.
 *
 * @param released the day the release became generally available, or null when not known
 * @param componentServicing false for NT 5.x, which predates the component-based servicing stack
 *     (and so has no servicing stack updates)
 * @param ssuInLcuFrom the release day of the first cumulative update that carries the servicing
 *     stack; from then on no standalone servicing stack update is needed (null: never)
 */
public record OsRelease(
    String id,
    String name,
    boolean server,
    String ntVersion,
    Set<Integer> builds,
    Set<String> msuPrefixes,
    Set<Architecture> architectures,
    LocalDate released,
    boolean componentServicing,
    LocalDate ssuInLcuFrom,
    String confidence,
    String source) {

  static OsRelease fromRow(java.util.Map<String, String> row) {
    return new OsRelease(
        row.get("id"),
        row.get("name"),
        "server".equals(row.get("kind")),
        row.get("nt_version"),
        Set.copyOf(CsvTable.split(row.get("builds")).stream().map(Integer::valueOf).toList()),
        Set.copyOf(CsvTable.split(row.get("msu_prefixes"))),
        Set.copyOf(
            CsvTable.split(row.get("architectures")).stream()
                .map(a -> org.wuhealth.facts.WireValue.parse(Architecture.class, a).orElseThrow())
                .toList()),
        CsvTable.date(row.get("released")),
        servicingStack(row),
        CsvTable.date(row.get("ssu_in_lcu_from")),
        row.get("confidence"),
        row.get("source"));
  }

  private static boolean servicingStack(java.util.Map<String, String> row) {
    return switch (row.get("servicing_stack")) {
      case "cbs" -> true;
      case "none" -> false;
      default ->
          throw new IllegalStateException(
              "os-releases.csv row " + row.get("id") + ": servicing_stack must be cbs or none");
    };
  }

  /**
   * True when, on {@code day}, the servicing stack of this release ships in its cumulative update:
   * from the switch day on, and always for a release that shipped that way from the start (a
   * preview build before the release day included).
   */
  public boolean ssuInLcuOn(LocalDate day) {
    return ssuInLcuFrom != null
        && (!day.isBefore(ssuInLcuFrom) || (released != null && !ssuInLcuFrom.isAfter(released)));
  }

  /** True when the release existed on {@code day} (or its release day is not known). */
  public boolean releasedBy(LocalDate day) {
    return released == null || day == null || !released.isAfter(day);
  }

  /** All builds, in ascending order, for messages. */
  public List<Integer> sortedBuilds() {
    return builds.stream().sorted().toList();
  }
}
