package org.wuhealth.knowledge.build;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.wuhealth.knowledge.CsvTable;
import org.wuhealth.knowledge.EditionFamily;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.Lifecycle;
import org.wuhealth.knowledge.OsRelease;

/**
 * Builds the update tables (rollups.csv, ssu.csv, supersedence.csv) from CVRF documents and merges
 * them with the rows from other sources. A row for an update the documents date is generated, its
 * source naming the document; a field the documents do not give (the UBR before 2021, a servicing
 * stack version) is taken from the other row and credited to its source; where both give a field
 * and differ, resolutions.csv decides, and a disagreement it does not settle is reported (and the
 * document's value kept meanwhile). Rows from other sources for updates the documents do not date
 * (previews, out-of-band updates, months the documents miss) are kept as they are.
 */
public final class TableBuilder {
  private final List<OsRelease> catalogue;
  private final Map<String, OsRelease> releases = new LinkedHashMap<>();

  public TableBuilder(List<OsRelease> catalogue) {
    this.catalogue = List.copyOf(catalogue);
    catalogue.forEach(r -> releases.put(r.id(), r));
  }

  /** The hand-made rows of the three tables (empty tables when there are none). */
  public record HandRows(Table rollups, Table ssu, Table supersedence) {
    public static HandRows none() {
      return new HandRows(
          Table.empty("rollups.csv", Table.ROLLUP_COLUMNS),
          Table.empty("ssu.csv", Table.SSU_COLUMNS),
          Table.empty("supersedence.csv", Table.SUPERSEDENCE_COLUMNS));
    }
  }

  public BuildResult build(
      List<DocumentDigest> documents, HandRows hand, List<Resolution> resolutions) {
    DatedUpdates.Result dating = DatedUpdates.of(documents, releases);
    Map<String, Map<String, String>> rollups = new LinkedHashMap<>();
    Map<String, Map<String, String>> ssus = new LinkedHashMap<>();
    Map<String, Map<String, String>> pairs = new LinkedHashMap<>();
    for (DatedUpdates.Dated d : dating.dated().values()) {
      if (d.kind().isRollup()) {
        rollups.put(d.kb(), rollupRow(d, dating.dated()));
      } else if (d.kind() == UpdateKind.SERVICING_STACK) {
        ssus.put(d.kb(), ssuRow(d));
        for (String replaced : d.supersedes()) {
          Map<String, String> pair = new LinkedHashMap<>();
          pair.put("kb", replaced);
          pair.put("superseded_by", d.kb());
          pair.put("release_ids", releaseIds(d));
          pair.put("confidence", "verified");
          pair.put("source", d.document().citation());
          pairs.put(replaced + ">" + d.kb(), pair);
        }
      }
    }
    Merge merge = new Merge(resolutions);
    Table rollupTable =
        merge.table(
            hand.rollups(),
            Table.ROLLUP_COLUMNS,
            row -> row.get("kb"),
            rollups,
            List.of(
                Field.RELEASE_IDS,
                Field.of("release_date"),
                Field.of("type"),
                Field.BUILD,
                Field.of("security_only_kb")),
            "release_date");
    Table ssuTable =
        merge.table(
            hand.ssu(),
            Table.SSU_COLUMNS,
            row -> row.get("kb"),
            ssus,
            List.of(
                Field.RELEASE_IDS, Field.of("release_month"), Field.of("servicing_stack_version")),
            "release_month");
    Table pairTable =
        merge.table(
            hand.supersedence(),
            Table.SUPERSEDENCE_COLUMNS,
            row -> row.get("kb") + ">" + row.get("superseded_by"),
            pairs,
            List.of(Field.RELEASE_IDS),
            null);
    Map<String, Integer> unknown = new TreeMap<>();
    Map<String, Integer> uncatalogued = new TreeMap<>();
    for (DocumentDigest d : documents) {
      d.unknownProducts().forEach((k, v) -> unknown.merge(k, v, Integer::sum));
      d.uncatalogued().forEach((k, v) -> uncatalogued.merge(k, v, Integer::sum));
    }
    Map<String, Integer> generated = new LinkedHashMap<>();
    generated.put("rollups.csv", rollups.size());
    generated.put("ssu.csv", ssus.size());
    generated.put("supersedence.csv", pairs.size());
    return new BuildResult(
        rollupTable,
        ssuTable,
        pairTable,
        generated,
        merge.disagreements,
        dating.leftOut(),
        unknown,
        uncatalogued,
        dating.unusedKinds(),
        resolutions.stream().filter(r -> !merge.used.contains(r)).toList());
  }

  private Map<String, String> rollupRow(
      DatedUpdates.Dated d, Map<String, DatedUpdates.Dated> dated) {
    List<OsRelease> rs = ordered(d);
    Map<String, String> row = new LinkedHashMap<>();
    row.put("kb", d.kb());
    row.put("release_ids", releaseIds(d));
    row.put("release_date", d.date().toString());
    row.put("type", type(d, rs));
    String[] build = build(d, rs);
    row.put("build", build[0]);
    row.put("ubr", build[1]);
    Set<String> securityOnly = new LinkedHashSet<>();
    for (DatedUpdates.Dated s : dated.values()) {
      if (s.kind() == UpdateKind.SECURITY_ONLY
          && s.document() == d.document()
          && s.fixes().stream().anyMatch(f -> rs.contains(releases.get(f.releaseId())))) {
        securityOnly.add(s.kb());
      }
    }
    row.put("security_only_kb", securityOnly.size() == 1 ? securityOnly.iterator().next() : "");
    row.put("confidence", "verified");
    row.put("source", d.document().citation());
    return row;
  }

  private Map<String, String> ssuRow(DatedUpdates.Dated d) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("kb", d.kb());
    row.put("release_ids", releaseIds(d));
    row.put("release_month", YearMonth.from(d.date()).toString());
    row.put("servicing_stack_version", "");
    row.put("confidence", "verified");
    row.put("source", d.document().citation());
    row.put("notes", "");
    return row;
  }

  private String type(DatedUpdates.Dated d, List<OsRelease> rs) {
    return switch (d.kind()) {
      case MONTHLY_ROLLUP -> pastSupport(d.date(), rs) ? "monthly-rollup-esu" : "monthly-rollup";
      case CUMULATIVE -> "cumulative";
      case PREVIEW -> "preview";
      case OUT_OF_BAND -> "out-of-band";
      default -> throw new IllegalArgumentException(d.kind() + " is not a rollup");
    };
  }

  /**
   * Released after the end of support of every release it is for (the latest end among the
   * release's editions, lifecycle.csv): extended security updates.
   */
  private static boolean pastSupport(LocalDate day, List<OsRelease> rs) {
    return rs.stream()
        .allMatch(
            r ->
                Knowledge.get().lifecycles(r, EditionFamily.UNKNOWN).stream()
                    .map(Lifecycle::endOfSupport)
                    .filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo)
                    .map(day::isAfter)
                    .orElse(false));
  }

  /**
   * Build and UBR: on Windows 10 and later the fixed build the document gives for the first release
   * (servers first), else the release's one build number alone. Before Windows 10 the fixed build
   * is a file version, not the OS revision a host reports, so only the build is given.
   */
  private String[] build(DatedUpdates.Dated d, List<OsRelease> rs) {
    for (OsRelease r : rs) {
      if (!r.ntVersion().startsWith("10.")) {
        break;
      }
      for (ReleaseFix f : d.fixes()) {
        if (f.releaseId().equals(r.id()) && f.fixedBuild() != null) {
          return new String[] {
            String.valueOf(DocumentDigest.buildNumber(f.fixedBuild())),
            String.valueOf(DocumentDigest.revision(f.fixedBuild()))
          };
        }
      }
    }
    Set<Integer> builds = new LinkedHashSet<>();
    rs.forEach(r -> builds.addAll(r.builds()));
    return new String[] {builds.size() == 1 ? String.valueOf(builds.iterator().next()) : "", ""};
  }

  private List<OsRelease> ordered(DatedUpdates.Dated d) {
    Set<String> ids = new LinkedHashSet<>();
    d.fixes().forEach(f -> ids.add(f.releaseId()));
    return order(ids).stream().map(releases::get).toList();
  }

  private String releaseIds(DatedUpdates.Dated d) {
    return String.join("|", ordered(d).stream().map(OsRelease::id).toList());
  }

  /** Servers first, then clients, each in catalogue order; ids the catalogue lacks last. */
  private List<String> order(Set<String> ids) {
    List<String> out = new ArrayList<>();
    for (boolean server : new boolean[] {true, false}) {
      catalogue.stream()
          .filter(r -> r.server() == server && ids.contains(r.id()))
          .forEach(r -> out.add(r.id()));
    }
    ids.stream().filter(id -> !releases.containsKey(id)).forEach(out::add);
    return out;
  }

  private int position(String releaseIds) {
    List<String> ids = CsvTable.split(releaseIds);
    if (ids.isEmpty() || !releases.containsKey(ids.get(0))) {
      return Integer.MAX_VALUE;
    }
    return new ArrayList<>(releases.keySet()).indexOf(ids.get(0));
  }

  /** A compared field: its name in disagreements and how it is read from and written to a row. */
  private record Field(
      String name,
      Function<Map<String, String>, String> get,
      java.util.function.BiConsumer<Map<String, String>, String> set) {
    static Field of(String column) {
      return new Field(column, r -> r.getOrDefault(column, ""), (r, v) -> r.put(column, v));
    }

    /** Build and UBR compared as one "build.ubr" value. */
    static final Field BUILD =
        new Field(
            "build",
            r -> {
              String b = r.getOrDefault("build", "");
              String u = r.getOrDefault("ubr", "");
              return u.isEmpty() ? b : b + "." + u;
            },
            (r, v) -> {
              int dot = v.indexOf('.');
              r.put("build", dot < 0 ? v : v.substring(0, dot));
              r.put("ubr", dot < 0 ? "" : v.substring(dot + 1));
            });

    static final Field RELEASE_IDS = of("release_ids");

    /** True when the other row's value only adds to the document's (a UBR to a bare build). */
    boolean onlyAdds(String cvrf, String hand) {
      return cvrf.isEmpty() || (this == BUILD && hand.startsWith(cvrf + "."));
    }
  }

  /** Merges generated rows with hand-made ones, collecting disagreements. */
  private final class Merge {
    private final List<Resolution> resolutions;
    final List<Disagreement> disagreements = new ArrayList<>();
    final Set<Resolution> used = new java.util.HashSet<>();

    Merge(List<Resolution> resolutions) {
      this.resolutions = resolutions;
    }

    Table table(
        Table hand,
        List<String> columns,
        Function<Map<String, String>, String> key,
        Map<String, Map<String, String>> generated,
        List<Field> fields,
        String dateColumn) {
      List<String> header = new ArrayList<>(columns);
      hand.header().stream().filter(c -> !header.contains(c)).forEach(header::add);
      Map<String, Map<String, String>> handByKey = new LinkedHashMap<>();
      for (Map<String, String> row : hand.rows()) {
        if (handByKey.put(key.apply(row), row) != null) {
          throw new IllegalStateException(
              hand.name() + " lists " + key.apply(row) + " twice; keep one row");
        }
      }
      List<Map<String, String>> rows = new ArrayList<>();
      generated.forEach(
          (k, row) -> {
            Map<String, String> other = handByKey.remove(k);
            rows.add(other == null ? row : merged(hand.name(), row, other, fields));
          });
      rows.addAll(handByKey.values());
      Comparator<Map<String, String>> byKb =
          Comparator.comparingLong((Map<String, String> r) -> DatedUpdates.number(r.get("kb")))
              .thenComparing(r -> r.getOrDefault("superseded_by", ""));
      // Grouped by release, then by date (undated last): the order people read the tables in.
      rows.sort(
          dateColumn == null
              ? byKb
              : Comparator.comparingInt((Map<String, String> r) -> position(r.get("release_ids")))
                  .thenComparing(
                      r -> r.getOrDefault(dateColumn, ""),
                      Comparator.comparing(String::isEmpty)
                          .thenComparing(Comparator.naturalOrder()))
                  .thenComparing(byKb));
      return new Table(hand.name(), header, rows);
    }

    private Map<String, String> merged(
        String table, Map<String, String> cvrf, Map<String, String> hand, List<Field> fields) {
      Map<String, String> row = new LinkedHashMap<>(hand);
      cvrf.forEach(
          (column, value) -> {
            // The document says nothing of notes; the other row's stay.
            if (!value.isEmpty() || fields.stream().anyMatch(f -> f.name().equals(column))) {
              row.put(column, value);
            }
          });
      List<String> fromHand = new ArrayList<>();
      List<String> resolvedNotes = new ArrayList<>();
      for (Field f : fields) {
        String c = f.get().apply(cvrf);
        String h = f == Field.RELEASE_IDS ? canonical(f.get().apply(hand)) : f.get().apply(hand);
        if (h.isEmpty() || h.equals(c)) {
          continue;
        }
        if (f.onlyAdds(c, h)) {
          f.set().accept(row, h);
          fromHand.add(f.name());
          continue;
        }
        Disagreement d =
            new Disagreement(
                table,
                cvrf.get("kb"),
                f.name(),
                h,
                c,
                hand.get("source"),
                cvrf.get("source"),
                null);
        Resolution r = resolution(d);
        disagreements.add(r == null ? d : d.resolvedBy(r));
        if (r != null && !r.use().equals("cvrf")) {
          String value = r.value(d);
          f.set().accept(row, value);
          resolvedNotes.add(f.name() + " " + value + ": " + r.source());
        }
      }
      StringBuilder source = new StringBuilder(cvrf.get("source"));
      StringBuilder confidence = new StringBuilder(cvrf.get("confidence"));
      if (!fromHand.isEmpty()) {
        source
            .append("; ")
            .append(String.join(", ", fromHand))
            .append(": ")
            .append(hand.get("source"));
        confidence
            .append("; ")
            .append(String.join(", ", fromHand))
            .append(" ")
            .append(hand.getOrDefault("confidence", ""));
      }
      resolvedNotes.forEach(n -> source.append("; ").append(n));
      row.put("source", source.toString());
      row.put("confidence", confidence.toString().trim());
      return row;
    }

    private String canonical(String releaseIds) {
      return String.join("|", order(new LinkedHashSet<>(CsvTable.split(releaseIds))));
    }

    private Resolution resolution(Disagreement d) {
      Resolution found = null;
      for (Resolution r : resolutions) {
        if (r.matches(d) && (found == null || found.kb().equals("*"))) {
          found = r;
        }
      }
      if (found != null) {
        used.add(found);
      }
      return found;
    }
  }

  /** Reads resolutions.csv rows. */
  public static List<Resolution> resolutions(List<Map<String, String>> rows) {
    return rows.stream().map(Resolution::fromRow).toList();
  }
}
