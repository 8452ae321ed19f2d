package org.wuhealth.knowledge.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.cvrf.CvrfException;

/** The merge rules of {@link TableBuilder} on small digests whose every value is chosen. */
class TableBuilderTest {
  private final TableBuilder builder = new TableBuilder(Knowledge.get().os().all());

  private static ReleaseFix fix(
      String kb, String release, String kind, int n, String build, String... replaces) {
    return new ReleaseFix(kb, release, kind, n, build, Set.of(replaces));
  }

  private static DocumentDigest doc(String id, String day, ReleaseFix... fixes) {
    LocalDate d = LocalDate.parse(day);
    return new DocumentDigest(
        id, id + ".xml", d, d.plusDays(20), List.of(fixes), Map.of(), Map.of());
  }

  private static Map<String, String> row(Table t, String kb) {
    return t.rows().stream()
        .filter(r -> r.get("kb").equals(kb))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kb + " not in " + t.name()));
  }

  private static Table hand(String name, List<String> columns, List<Map<String, String>> rows) {
    List<String> header = new ArrayList<>(columns);
    rows.forEach(r -> r.keySet().stream().filter(c -> !header.contains(c)).forEach(header::add));
    return new Table(name, header, rows);
  }

  private static Map<String, String> cells(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static TableBuilder.HandRows rollups(Map<String, String>... rows) {
    TableBuilder.HandRows none = TableBuilder.HandRows.none();
    return new TableBuilder.HandRows(
        hand("rollups.csv", Table.ROLLUP_COLUMNS, List.of(rows)), none.ssu(), none.supersedence());
  }

  @Test
  void anUpdateIsDatedByTheDocumentWhereItIsTheMainFix() {
    // The June document was revised to name August's update for one old vulnerability.
    DocumentDigest june =
        doc(
            "2017-Jun",
            "2017-06-13",
            fix("KB4022715", "ws2016", "Security Update", 118, null),
            fix("KB4034658", "ws2016", "Security Update", 2, null));
    DocumentDigest august =
        doc("2017-Aug", "2017-08-08", fix("KB4034658", "ws2016", "Security Update", 20, null));
    BuildResult r = builder.build(List.of(june, august), TableBuilder.HandRows.none(), List.of());
    assertEquals("2017-06-13", row(r.rollups(), "KB4022715").get("release_date"));
    assertEquals("2017-08-08", row(r.rollups(), "KB4034658").get("release_date"));
    assertEquals(
        "MSRC CVRF 2017-Aug (revision 2017-08-28)", row(r.rollups(), "KB4034658").get("source"));
  }

  @Test
  void anUpdateWhoseDateContradictsSupersedenceIsLeftOut() {
    // March 2020 is missing; its update is the main fix for 1909 only in a revised August 2019.
    DocumentDigest august =
        doc(
            "2019-Aug",
            "2019-08-13",
            fix("KB4540673", "win10-1909", "Security Update", 4, null, "KB4532693"));
    DocumentDigest february =
        doc("2020-Feb", "2020-02-11", fix("KB4532693", "win10-1909", "Security Update", 66, null));
    BuildResult r =
        builder.build(List.of(august, february), TableBuilder.HandRows.none(), List.of());
    assertTrue(
        r.leftOut().get("KB4540673").startsWith("undated: KB4540673 of 2019-08-13 (2019-Aug)"));
    assertTrue(r.rollups().rows().stream().noneMatch(x -> x.get("kb").equals("KB4540673")));
    assertEquals("2020-02-11", row(r.rollups(), "KB4532693").get("release_date"));
  }

  @Test
  void kindsBuildsAndSecurityOnlyPairs() {
    DocumentDigest doc =
        doc(
            "2020-Feb",
            "2020-02-11",
            fix("KB4537820", "ws2008r2sp1", "Monthly Rollup", 40, "6.1.7601.24548"),
            fix("KB4537820", "win7sp1", "Monthly Rollup", 40, "6.1.7601.24548"),
            fix("KB4537813", "ws2008r2sp1", "Security Only", 40, null),
            fix("KB4537764", "win10-1607", "Security Update", 60, "10.0.14393.3504"),
            fix("KB4537764", "ws2016", "Security Update", 60, "10.0.14393.3504"),
            fix("KB4538000", "ws2012r2", "Security Update", 3, null),
            fix("KB4538001", "ws2016", "Preview Rollup", 1, null),
            fix("KB4538002", "ws2016", "Security Hotpatch Update", 5, null));
    BuildResult r = builder.build(List.of(doc), TableBuilder.HandRows.none(), List.of());
    Map<String, String> esu = row(r.rollups(), "KB4537820");
    assertEquals("ws2008r2sp1|win7sp1", esu.get("release_ids"), "servers first");
    assertEquals("monthly-rollup-esu", esu.get("type"), "after the end of support of both");
    assertEquals("7601", esu.get("build"));
    assertEquals("", esu.get("ubr"), "before Windows 10 a fixed build is a file version");
    assertEquals("KB4537813", esu.get("security_only_kb"));
    Map<String, String> lcu = row(r.rollups(), "KB4537764");
    assertEquals("ws2016|win10-1607", lcu.get("release_ids"));
    assertEquals(
        List.of("cumulative", "14393", "3504"),
        List.of(lcu.get("type"), lcu.get("build"), lcu.get("ubr")));
    assertEquals("preview", row(r.rollups(), "KB4538001").get("type"));
    assertTrue(
        r.rollups().rows().stream().noneMatch(x -> x.get("kb").equals("KB4538000")),
        "a single security update before Windows 10 is no cumulative update");
    assertEquals(Map.of("Security Hotpatch Update", 1, "Security Update", 1), r.unusedKinds());
  }

  @Test
  void servicingStackUpdatesAndTheirSupersedence() {
    DocumentDigest nov =
        doc(
            "2018-Nov",
            "2018-11-13",
            fix("KB4465659", "ws2016", "Servicing Stack Update", 2, null, "KB4132216"));
    BuildResult r = builder.build(List.of(nov), TableBuilder.HandRows.none(), List.of());
    Map<String, String> ssu = row(r.ssu(), "KB4465659");
    assertEquals(
        List.of("ws2016", "2018-11"), List.of(ssu.get("release_ids"), ssu.get("release_month")));
    Map<String, String> pair = row(r.supersedence(), "KB4132216");
    assertEquals(
        List.of("KB4465659", "ws2016"),
        List.of(pair.get("superseded_by"), pair.get("release_ids")));
  }

  @Test
  void handRowsAddWhatTheDocumentsLackAndKeepTheirOwnRowsAndColumns() {
    DocumentDigest doc =
        doc("2019-Jan", "2019-01-08", fix("KB4480961", "ws2016", "Security Update", 40, null));
    BuildResult r =
        builder.build(
            List.of(doc),
            rollups(
                cells(
                    "kb",
                    "KB4480961",
                    "release_ids",
                    "ws2016",
                    "release_date",
                    "2019-01-08",
                    "type",
                    "cumulative",
                    "build",
                    "14393",
                    "ubr",
                    "2724",
                    "confidence",
                    "verified-3p",
                    "source",
                    "update history",
                    "note",
                    "kept"),
                cells(
                    "kb",
                    "KB4487006",
                    "release_ids",
                    "ws2016",
                    "release_date",
                    "2019-02-19",
                    "type",
                    "preview",
                    "build",
                    "14393",
                    "ubr",
                    "2791",
                    "confidence",
                    "verified-3p",
                    "source",
                    "update history",
                    "note",
                    "")),
            List.of());
    Map<String, String> merged = row(r.rollups(), "KB4480961");
    assertEquals("2724", merged.get("ubr"), "the UBR the document does not give");
    assertEquals(
        "MSRC CVRF 2019-Jan (revision 2019-01-28); build: update history", merged.get("source"));
    assertEquals("verified; build verified-3p", merged.get("confidence"));
    assertEquals("kept", merged.get("note"), "a column of the hand-made table is carried along");
    assertEquals("update history", row(r.rollups(), "KB4487006").get("source"));
    assertEquals(List.of(), r.disagreements());
    assertEquals(
        List.of("KB4480961", "KB4487006"),
        r.rollups().rows().stream().map(x -> x.get("kb")).toList());
  }

  @Test
  void disagreementsAreSettledByResolutionsOrReported() {
    DocumentDigest jan =
        doc(
            "2018-Jan",
            "2018-01-09",
            fix("KB4056890", "ws2016", "Security Update", 18, null),
            fix("KB4056895", "ws2012r2", "Monthly Rollup", 20, null),
            fix("KB4056894", "ws2008r2sp1", "Monthly Rollup", 20, null),
            fix("KB4056896", "ws2012", "Monthly Rollup", 20, null));
    TableBuilder.HandRows hand =
        rollups(
            cells(
                "kb",
                "KB4056890",
                "release_ids",
                "ws2016",
                "release_date",
                "2018-01-03",
                "type",
                "cumulative",
                "source",
                "h"),
            cells(
                "kb",
                "KB4056895",
                "release_ids",
                "ws2012r2",
                "release_date",
                "2018-01-22",
                "type",
                "monthly-rollup",
                "source",
                "h"),
            cells(
                "kb",
                "KB4056894",
                "release_ids",
                "ws2008r2sp1",
                "release_date",
                "2018-01-04",
                "type",
                "monthly-rollup",
                "source",
                "h"),
            cells(
                "kb",
                "KB4056896",
                "release_ids",
                "ws2012|win8",
                "release_date",
                "2018-01-09",
                "type",
                "monthly-rollup",
                "source",
                "h"));
    List<Resolution> resolutions =
        List.of(
            new Resolution("KB4056890", "release_date", "", "", "hand", "released January 3"),
            new Resolution("KB4056895", "release_date", "", "", "2018-01-08", "released January 8"),
            new Resolution("*", "release_ids", "ws2012|win8", "ws2012", "cvrf", "Windows 8 ended"),
            new Resolution("KB1234567", "type", "", "", "cvrf", "no longer needed"));
    BuildResult r = builder.build(List.of(jan), hand, resolutions);
    assertEquals("2018-01-03", row(r.rollups(), "KB4056890").get("release_date"));
    assertTrue(
        row(r.rollups(), "KB4056890")
            .get("source")
            .endsWith("; release_date 2018-01-03: released January 3"));
    assertEquals(
        "2018-01-08",
        row(r.rollups(), "KB4056895").get("release_date"),
        "a third value with its source");
    assertEquals("ws2012", row(r.rollups(), "KB4056896").get("release_ids"));
    Disagreement open = r.unresolved().get(0);
    assertEquals(1, r.unresolved().size());
    assertEquals(
        List.of("KB4056894", "release_date", "2018-01-04", "2018-01-09"),
        List.of(open.kb(), open.field(), open.handValue(), open.cvrfValue()));
    assertNull(open.resolution());
    assertEquals(
        "2018-01-09", row(r.rollups(), "KB4056894").get("release_date"), "the document's, for now");
    assertEquals(List.of("KB1234567"), r.unusedResolutions().stream().map(Resolution::kb).toList());
  }

  @Test
  void aHandRowTwiceIsAnError() {
    Map<String, String> once =
        cells("kb", "KB1", "release_ids", "ws2016", "release_date", "2020-01-01", "source", "s");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> builder.build(List.of(), rollups(once, new LinkedHashMap<>(once)), List.of()));
    assertEquals("rollups.csv lists KB1 twice; keep one row", e.getMessage());
  }

  @Test
  void aDocumentTwiceIsAnErrorNamingBothFiles() {
    DocumentDigest a = doc("2018-Feb", "2018-02-13");
    DocumentDigest b =
        new DocumentDigest(
            "2018-FEB",
            "other/2018-FEB.json",
            a.initialRelease(),
            a.currentRelease(),
            List.of(),
            Map.of(),
            Map.of());
    CvrfException e =
        assertThrows(CvrfException.class, () -> KnowledgeBuild.distinct(List.of(a, b)));
    assertEquals(
        "other/2018-FEB.json: document 2018-FEB is given twice (also in 2018-Feb.xml); give each month once",
        e.getMessage());
  }
}
