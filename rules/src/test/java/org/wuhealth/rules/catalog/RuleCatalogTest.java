package org.wuhealth.rules.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.api.Symptom;

class RuleCatalogTest {
  private static final String GOOD_YML =
      """
      id: XX-DEMO
      title: Demo
      category: demo
      symptom: general
      guide: none
      severity: low
      confidence: possible
      requires: [os.build]
      description: A demo rule.
      remediation: [Do nothing.]
      references: [https://example.org]
      """;

  private static Path folder(Path root, String category, String id, String yml, String drl)
      throws IOException {
    Path dir = Files.createDirectories(root.resolve(category).resolve(id));
    Files.writeString(dir.resolve("rule.yml"), yml);
    Files.writeString(dir.resolve("rule.drl"), drl);
    return dir;
  }

  /** Every problem loading the catalog finds, one a line: it must find some. */
  private static String problems(Path root) {
    CatalogException e = assertThrows(CatalogException.class, () -> RuleCatalog.load(root));
    return String.join("\n", e.problems());
  }

  @Test
  void bundledCatalogueLoadsInGuideOrder() throws CatalogException {
    RuleCatalog catalog = RuleCatalog.bundled();
    assertTrue(catalog.rules().size() >= 5);
    for (int i = 0; i < catalog.rules().size(); i++) {
      assertEquals(i, catalog.rules().get(i).order());
    }
  }

  @Test
  void loadsAnAuthorsFolder(@TempDir Path root) throws Exception {
    folder(root, "demo", "XX-DEMO", GOOD_YML, "package x;\nrule \"XX-DEMO\"\nwhen\nthen\nend\n");
    RuleCatalog catalog = RuleCatalog.load(root);
    assertEquals("XX-DEMO", catalog.rules().get(0).id());
    assertEquals(
        root.toString().replace('\\', '/') + "/demo/XX-DEMO/rule.drl",
        catalog.rules().get(0).sourceName());
  }

  /** Issue 18: rule.yml is read once into typed values; nothing downstream parses it again. */
  @Test
  void metadataIsTyped(@TempDir Path root) throws Exception {
    folder(
        root,
        "demo",
        "XX-DEMO",
        GOOD_YML.replace("requires: [os.build]", "requires: [os.build, \"updates | packages\"]"),
        "package x;\nrule \"XX-DEMO\"\nwhen\nthen\nend\n");
    RuleMetadata m = RuleCatalog.load(root).rules().get(0).metadata();
    assertEquals(Severity.LOW, m.severity());
    assertEquals(Confidence.POSSIBLE, m.confidence());
    assertEquals(Symptom.GENERAL, m.symptom());
    assertEquals(List.of("updates", "packages"), m.requires().get(1).paths());
    assertEquals("updates | packages", m.requires().get(1).text());
  }

  @Test
  void aValueOfNoKnownKindIsReportedAsAMissingOneIs(@TempDir Path root) throws Exception {
    folder(
        root,
        "demo",
        "XX-DEMO",
        GOOD_YML.replace("symptom: general", "symptom: slow"),
        "package x;\nrule \"XX-DEMO\"\nwhen\nthen\nend\n");
    folder(
        root,
        "demo",
        "XX-LIST",
        GOOD_YML
            .replace("id: XX-DEMO", "id: XX-LIST")
            .replace("confidence: possible", "confidence: [sure]"),
        "package x;\nrule \"XX-LIST\"\nwhen\nthen\nend\n");
    String all = problems(root);
    assertTrue(
        all.contains(
            "XX-DEMO/rule.yml: symptom must be one of [not-applicable, not-receiving,"
                + " unexpected-update, wsus-connection, checklist, general]"),
        all);
    assertTrue(all.matches("(?s).*XX-LIST/rule.yml:7:\\d+: invalid metadata: .*"), all);
  }

  @Test
  void reportsEveryProblemWithItsFile(@TempDir Path root) throws Exception {
    folder(
        root,
        "demo",
        "XX-BAD",
        GOOD_YML
            .replace("severity: low", "severity: huge\nknowledge: [latest, freshest]")
            .replace("requires: [os.build]", "requires: [os.kernel]"),
        "package x;\nrule \"XX-OTHER\"\nwhen\nthen\nend\n");
    folder(
        root,
        "demo",
        "XX-TYPO",
        GOOD_YML.replace("id: XX-DEMO", "id: XX-TYPO") + "titel: oops\n",
        "");
    String all = problems(root);
    assertTrue(all.contains("XX-BAD/rule.yml: id XX-DEMO must match its folder name XX-BAD"), all);
    assertTrue(all.contains("severity must be one of"), all);
    assertTrue(
        all.contains("knowledge must list only [latest, supersedence], not \"freshest\""), all);
    assertTrue(all.contains("unknown snapshot path \"os.kernel\""), all);
    assertTrue(all.contains("XX-BAD/rule.drl: must define exactly one rule named"), all);
    assertTrue(all.contains("XX-TYPO/rule.yml:13:1:"), all);
    assertTrue(all.contains("titel"), all);
  }

  @Test
  void parametersNeedASourceAndFactsPathsMustExist(@TempDir Path root) throws Exception {
    folder(
        root,
        "demo",
        "XX-DEMO",
        GOOD_YML
            + """
            toRuleOut: [os.kernel]
            manualFacts:
              wsus.nowhere: set it by hand
            parameters:
              limit:
                value: 50
              share:
                value: 1
                source: "heuristic: one in a hundred"
            """,
        "package x;\nrule \"XX-DEMO\"\nwhen\nthen\nend\n");
    String all = problems(root);
    assertTrue(all.contains("toRuleOut names an unknown snapshot path \"os.kernel\""), all);
    assertTrue(all.contains("manualFacts names an unknown snapshot path \"wsus.nowhere\""), all);
    assertTrue(
        all.contains(
            "parameters.limit.source (a reference, or \"heuristic: \" and why) is required"),
        all);
    assertTrue(!all.contains("parameters.share"), all);
  }

  @Test
  void duplicateIdsAreRefused(@TempDir Path root) throws Exception {
    folder(root, "demo", "XX-DEMO", GOOD_YML, "package x;\nrule \"XX-DEMO\"\nwhen\nthen\nend\n");
    folder(
        root.resolve("more"),
        "demo",
        "XX-DEMO",
        GOOD_YML,
        "package y;\nrule \"XX-DEMO\"\nwhen\nthen\nend\n");
    CatalogException e = assertThrows(CatalogException.class, () -> RuleCatalog.load(root));
    assertTrue(e.getMessage().contains("duplicate rule id XX-DEMO"), e.getMessage());
  }
}
