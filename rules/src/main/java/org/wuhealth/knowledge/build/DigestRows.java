package org.wuhealth.knowledge.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wuhealth.knowledge.CsvTable;

/**
 * Document digests as a table (documents.csv of a {@code kb update} overlay): what each document
 * said per release, so that the next update rebuilds the overlay from every document it has read
 * without reading them again.
 */
public final class DigestRows {
  public static final String TABLE = "documents.csv";
  public static final List<String> COLUMNS =
      List.of(
          "document",
          "initial_release",
          "current_release",
          "kb",
          "release_id",
          "sub_type",
          "vulnerabilities",
          "fixed_build",
          "supersedes",
          "source");

  private DigestRows() {}

  public static Table table(List<DocumentDigest> digests) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (DocumentDigest d : digests) {
      if (d.fixes().isEmpty()) {
        // A document without fixes for the catalogue is still one that was read.
        rows.add(row(d, new ReleaseFix("", "", "", 0, null, Set.of())));
      }
      for (ReleaseFix f : d.fixes()) {
        rows.add(row(d, f));
      }
    }
    return new Table(TABLE, COLUMNS, rows);
  }

  private static Map<String, String> row(DocumentDigest d, ReleaseFix f) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("document", d.id());
    row.put("initial_release", d.initialRelease().toString());
    row.put("current_release", d.currentRelease().toString());
    row.put("kb", f.kb());
    row.put("release_id", f.releaseId());
    row.put("sub_type", f.subType());
    row.put("vulnerabilities", String.valueOf(f.vulnerabilities()));
    row.put("fixed_build", f.fixedBuild() == null ? "" : f.fixedBuild());
    row.put("supersedes", String.join("|", f.supersedes().stream().sorted().toList()));
    row.put("source", d.citation());
    return row;
  }

  /** The digests back, one per document, in the order of their first row. */
  public static List<DocumentDigest> digests(List<Map<String, String>> rows) {
    Map<String, List<Map<String, String>>> byDocument = new LinkedHashMap<>();
    rows.forEach(r -> byDocument.computeIfAbsent(r.get("document"), k -> new ArrayList<>()).add(r));
    List<DocumentDigest> digests = new ArrayList<>();
    byDocument.forEach(
        (id, list) -> {
          Map<String, String> first = list.get(0);
          List<ReleaseFix> fixes =
              list.stream()
                  .filter(r -> !r.getOrDefault("kb", "").isEmpty())
                  .map(
                      r ->
                          new ReleaseFix(
                              r.get("kb"),
                              r.get("release_id"),
                              r.getOrDefault("sub_type", ""),
                              Integer.parseInt(r.get("vulnerabilities")),
                              r.getOrDefault("fixed_build", "").isEmpty()
                                  ? null
                                  : r.get("fixed_build"),
                              Set.copyOf(CsvTable.split(r.get("supersedes")))))
                  .toList();
          digests.add(
              new DocumentDigest(
                  id,
                  TABLE,
                  LocalDate.parse(first.get("initial_release")),
                  LocalDate.parse(first.get("current_release")),
                  fixes,
                  Map.of(),
                  Map.of()));
        });
    return digests;
  }
}
