package org.wuhealth.knowledge.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wuhealth.knowledge.CsvTable;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.knowledge.OsRelease;
import org.wuhealth.knowledge.cvrf.CvrfDocument;
import org.wuhealth.knowledge.cvrf.CvrfException;
import org.wuhealth.knowledge.cvrf.CvrfFiles;

/**
 * The steps {@code kb build} and {@code kb update} share: read documents (one per thread, each
 * streamed), check that no document comes twice, reduce them to digests, and render the tables and
 * the edition file.
 */
public final class KnowledgeBuild {
  private final List<OsRelease> catalogue;
  private final Map<String, OsRelease> releases = new LinkedHashMap<>();
  private final ProductMap products;

  public KnowledgeBuild(List<OsRelease> catalogue, ProductMap products) {
    this.catalogue = List.copyOf(catalogue);
    catalogue.forEach(r -> releases.put(r.id(), r));
    this.products = products;
  }

  public List<OsRelease> catalogue() {
    return catalogue;
  }

  /** The digest of one document read elsewhere (a download). */
  public DocumentDigest digest(CvrfDocument doc) {
    return DocumentDigest.of(doc, products, releases);
  }

  /**
   * Reads every document in {@code files} on {@code threads} threads; the first unreadable file in
   * file order is the error. Digests come back in file order.
   */
  public List<DocumentDigest> read(List<Path> files, int threads) throws CvrfException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<DocumentDigest>>> jobs = new ArrayList<>();
      for (Path file : files) {
        jobs.add(
            pool.submit(
                () -> {
                  List<DocumentDigest> digests = new ArrayList<>();
                  for (CvrfDocument doc : CvrfFiles.read(file)) {
                    digests.add(digest(doc));
                  }
                  return digests;
                }));
      }
      List<DocumentDigest> all = new ArrayList<>();
      for (Future<List<DocumentDigest>> job : jobs) {
        all.addAll(job.get());
      }
      distinct(all);
      return all;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CvrfException c) {
        throw c;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading CVRF documents", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The same document (by id, any case) twice is an error naming both files. */
  public static void distinct(List<DocumentDigest> digests) throws CvrfException {
    Map<String, DocumentDigest> seen = new HashMap<>();
    for (DocumentDigest d : digests) {
      DocumentDigest before = seen.putIfAbsent(d.id().toLowerCase(Locale.ROOT), d);
      if (before != null) {
        throw new CvrfException(
            d.file(),
            null,
            "document "
                + d.id()
                + " is given twice (also in "
                + before.file()
                + "); give each month once");
      }
    }
  }

  /** The edition of tables built from {@code digests}: their newest update and the documents. */
  public static KnowledgeEdition edition(
      BuildResult result, List<DocumentDigest> digests, LocalDate updatedOn, Path overlay) {
    LocalDate newest =
        newest(result).orElseThrow(() -> new IllegalStateException("no update in the tables"));
    return new KnowledgeEdition(
        YearMonth.from(newest), newest, documents(digests), updatedOn, overlay);
  }

  /** The release day of the newest update in the rollup table, if it has any. */
  public static Optional<LocalDate> newest(BuildResult result) {
    return result.rollups().rows().stream()
        .map(r -> LocalDate.parse(r.get("release_date")))
        .max(Comparator.naturalOrder());
  }

  /** "id@revision day" of each document, oldest first, as edition.properties lists them. */
  public static List<String> documents(List<DocumentDigest> digests) {
    return digests.stream()
        .sorted(
            Comparator.comparing(DocumentDigest::initialRelease).thenComparing(DocumentDigest::id))
        .map(d -> d.id() + "@" + d.currentRelease())
        .toList();
  }

  /** A table as its file holds it. */
  public static String render(Table table) {
    StringWriter out = new StringWriter();
    try {
      CsvTable.write(out, table.header(), table.rows());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
