package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.wuhealth.facts.Architecture;

/**
 * A Windows release as servicing sees it: NT version, build(s), the MSU file-name prefixes its
 * packages use, its architectures and its end of support. Server and client releases that share a
 * build (2016 and Windows 10 1607, 2025 and Windows 11 24H2) are separate rows.
 */
public record OsRelease(
    String id,
    String name,
    boolean server,
    String ntVersion,
    Set<Integer> builds,
    Set<String> msuPrefixes,
    Set<Architecture> architectures,
    boolean ssuCombinedWithLcu,
    LocalDate endOfSupport,
    LocalDate extendedSecurityUpdatesEnd,
    String confidence,
    String source) {

  /** The last day the release gets security fixes, counting paid extended security updates. */
  public LocalDate lastSupportedDay() {
    return extendedSecurityUpdatesEnd != null ? extendedSecurityUpdatesEnd : endOfSupport;
  }

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
        "combined".equals(row.get("ssu_model")),
        date(row.get("end_of_support")),
        date(row.get("esu_end")),
        row.get("confidence"),
        row.get("source"));
  }

  private static LocalDate date(String cell) {
    return cell == null || cell.isBlank() ? null : LocalDate.parse(cell);
  }

  /** All builds, in ascending order, for messages. */
  public List<Integer> sortedBuilds() {
    return builds.stream().sorted().toList();
  }
}
