package org.wuhealth.knowledge.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.knowledge.cvrf.CvrfFiles;

/** A build over the real excerpts, without hand-made rows: what the documents alone give. */
class KnowledgeBuildTest {
  private static Path excerpts() throws Exception {
    return Path.of(KnowledgeBuildTest.class.getResource("/org/wuhealth/knowledge/cvrf/").toURI());
  }

  private static Map<String, String> row(Table t, String kb) {
    return t.rows().stream().filter(r -> r.get("kb").equals(kb)).findFirst().orElseThrow();
  }

  @Test
  void realDocumentsGiveTheUpdateTables() throws Exception {
    KnowledgeBuild build =
        new KnowledgeBuild(
            Knowledge.get().os().all(), ProductMap.bundled(Knowledge.get().os().all()));
    List<Path> files =
        CvrfFiles.expand(List.of(excerpts())).stream()
            .filter(p -> !p.getFileName().toString().equals("cvrfDocument-2026-Mar-excerpt.json"))
            .toList();
    List<DocumentDigest> digests = build.read(files, 2);
    BuildResult r =
        new TableBuilder(build.catalogue()).build(digests, TableBuilder.HandRows.none(), List.of());

    Map<String, String> ws2022 = row(r.rollups(), "KB5078766");
    assertEquals(
        List.of(
            "ws2022",
            "2026-03-10",
            "cumulative",
            "20348",
            "4893",
            "verified",
            "MSRC CVRF 2026-Mar (revision 2026-03-31)"),
        List.of(
            ws2022.get("release_ids"),
            ws2022.get("release_date"),
            ws2022.get("type"),
            ws2022.get("build"),
            ws2022.get("ubr"),
            ws2022.get("confidence"),
            ws2022.get("source")));
    Map<String, String> r2 = row(r.rollups(), "KB5078774");
    assertEquals(
        List.of("ws2012r2", "monthly-rollup-esu", "9600", ""),
        List.of(r2.get("release_ids"), r2.get("type"), r2.get("build"), r2.get("ubr")));
    assertEquals(
        "2026-02-10", row(r.rollups(), "KB5075999").get("release_date"), "2016, February (xz)");
    assertEquals(
        "2026-01-13", row(r.rollups(), "KB5073722").get("release_date"), "2016, January (JSON)");
    assertEquals("2018-11", row(r.ssu(), "KB4465659").get("release_month"));
    assertEquals("KB4465659", row(r.supersedence(), "KB4132216").get("superseded_by"));
    assertTrue(
        r.unknownProducts().containsKey("Windows 11 Version 26H1"), r.unknownProducts().toString());

    KnowledgeEdition edition = KnowledgeBuild.edition(r, digests, null, null);
    assertEquals(YearMonth.of(2026, 3), edition.updatesTo());
    assertEquals(LocalDate.of(2026, 3, 10), edition.newestUpdate());
    assertEquals(
        List.of(
            "2018-Nov@2019-01-15",
            "2026-Jan@2026-01-30",
            "2026-Feb@2026-03-01",
            "2026-Mar@2026-03-31"),
        edition.documents());
    assertEquals(
        edition, KnowledgeEdition.parse(edition.write(Map.of()), null), "written and read back");
  }
}
