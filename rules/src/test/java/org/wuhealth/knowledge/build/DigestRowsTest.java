package org.wuhealth.knowledge.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wuhealth.knowledge.CsvTable;

/** An overlay keeps what each document said, read back as it was written. */
class DigestRowsTest {
  @Test
  void digestsSurviveTheirTableAlsoWithoutFixes() throws Exception {
    List<DocumentDigest> digests =
        List.of(
            new DocumentDigest(
                "2026-Sep",
                "x.json",
                LocalDate.of(2026, 9, 8),
                LocalDate.of(2026, 9, 20),
                List.of(
                    new ReleaseFix(
                        "KB9078766",
                        "ws2022",
                        "Security Update",
                        3,
                        "10.0.20348.5593",
                        Set.of("KB5078766")),
                    new ReleaseFix("KB9078774", "ws2012r2", "Monthly Rollup", 3, null, Set.of())),
                Map.of(),
                Map.of()),
            new DocumentDigest(
                "2017-May-B",
                "y.xml",
                LocalDate.of(2017, 5, 8),
                LocalDate.of(2017, 5, 8),
                List.of(),
                Map.of(),
                Map.of()));
    String csv = KnowledgeBuild.render(DigestRows.table(digests));
    List<DocumentDigest> back =
        DigestRows.digests(
            CsvTable.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "documents.csv"));
    assertEquals(List.of("2026-Sep", "2017-May-B"), back.stream().map(DocumentDigest::id).toList());
    assertEquals(digests.get(0).fixes(), back.get(0).fixes());
    assertEquals(
        List.of(), back.get(1).fixes(), "read, though it fixes nothing the catalogue lists");
    assertEquals(digests.get(1).currentRelease(), back.get(1).currentRelease());
  }
}
