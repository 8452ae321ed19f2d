package org.wuhealth.kb;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.knowledge.KnowledgeOverlay;
import org.wuhealth.knowledge.build.BuildResult;
import org.wuhealth.knowledge.build.DigestRows;
import org.wuhealth.knowledge.build.DocumentDigest;
import org.wuhealth.knowledge.build.KnowledgeBuild;
import org.wuhealth.knowledge.build.Table;
import org.wuhealth.knowledge.build.TableBuilder;
import org.wuhealth.knowledge.cvrf.CvrfException;
import org.wuhealth.knowledge.overlay.OverlayWriter;

/**
 * {@code kb update}: adds documents to the overlay in a folder and rewrites it. The overlay's
 * tables are built from every document it has read (kept as digests in documents.csv), with no
 * hand-made rows: at load time the bundled rows win for the updates they list, so the overlay only
 * adds what they lack.
 */
public final class KnowledgeUpdate {
  private final Path dir;
  private final Knowledge bundled;
  private final List<DocumentDigest> previous;

  /** What an update did. */
  public record Outcome(KnowledgeEdition edition, int added, BuildResult result) {}

  /**
   * @param previous the overlay already in {@code dir}, or null when there is none (or it was
   *     refused: it is then replaced)
   */
  public KnowledgeUpdate(Path dir, Knowledge bundled, KnowledgeOverlay previous) {
    this.dir = dir;
    this.bundled = bundled;
    this.previous =
        previous == null ? List.of() : DigestRows.digests(previous.rows(DigestRows.TABLE));
  }

  /**
   * The documents to fetch from those the API lists: the ones neither the bundled knowledge nor the
   * overlay holds, and the overlay's own ones revised since it read them; none released before
   * {@code since}.
   */
  public List<String> wanted(List<CvrfApi.Listed> listed, YearMonth since) {
    Set<String> bundledIds = new HashSet<>();
    bundled.edition().documentIds().forEach(id -> bundledIds.add(id.toLowerCase(Locale.ROOT)));
    Map<String, LocalDate> held = new HashMap<>();
    previous.forEach(d -> held.put(d.id().toLowerCase(Locale.ROOT), d.currentRelease()));
    List<String> wanted = new ArrayList<>();
    for (CvrfApi.Listed l : listed) {
      String key = l.id().toLowerCase(Locale.ROOT);
      if (l.initialRelease() != null && YearMonth.from(l.initialRelease()).isBefore(since)) {
        continue;
      }
      LocalDate have = held.get(key);
      boolean revised =
          have != null && l.currentRelease() != null && l.currentRelease().isAfter(have);
      if ((!bundledIds.contains(key) && have == null) || revised) {
        wanted.add(l.id());
      }
    }
    return wanted;
  }

  /** The first month the bundled knowledge was built from: older months are not fetched. */
  public YearMonth firstBundledMonth() {
    return bundled.edition().documents().stream()
        .map(d -> d.substring(0, d.indexOf('@')))
        .filter(id -> id.matches("\\d{4}-[A-Za-z]{3}"))
        .map(id -> YearMonth.parse(id.substring(0, 5) + month(id.substring(5))))
        .min(Comparator.naturalOrder())
        .orElse(YearMonth.of(2016, 1));
  }

  private static String month(String mon) {
    List<String> names =
        List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    return String.format(Locale.ROOT, "%02d", names.indexOf(mon.toLowerCase(Locale.ROOT)) + 1);
  }

  /**
   * Rebuilds the overlay with {@code fresh} documents (a newer revision replaces the one held) and
   * writes it. Nothing is written when a document is given twice.
   */
  public Outcome apply(List<DocumentDigest> fresh, KnowledgeBuild build, LocalDate today)
      throws IOException, CvrfException {
    KnowledgeBuild.distinct(fresh);
    Map<String, DocumentDigest> all = new LinkedHashMap<>();
    previous.forEach(d -> all.put(d.id().toLowerCase(Locale.ROOT), d));
    fresh.forEach(d -> all.put(d.id().toLowerCase(Locale.ROOT), d));
    List<DocumentDigest> documents = new ArrayList<>(all.values());
    BuildResult result =
        new TableBuilder(build.catalogue())
            .build(documents, TableBuilder.HandRows.none(), List.of());
    LocalDate newest = KnowledgeBuild.newest(result).orElse(bundled.edition().newestUpdate());
    KnowledgeEdition edition =
        new KnowledgeEdition(
            YearMonth.from(newest), newest, KnowledgeBuild.documents(documents), today, dir);
    List<Table> tables = new ArrayList<>(result.tables());
    tables.add(DigestRows.table(documents));
    OverlayWriter.write(dir, tables, edition);
    int added = 0;
    for (Table t : result.tables()) {
      for (Map<String, String> row : t.rows()) {
        if (!bundled.lists(t.name(), KnowledgeOverlay.key(t.name(), row))) {
          added++;
        }
      }
    }
    return new Outcome(edition, added, result);
  }
}
