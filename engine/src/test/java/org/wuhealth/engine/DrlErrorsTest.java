package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.rules.catalog.RuleCatalog;

/** What authors see for the mistakes they make most. */
class DrlErrorsTest {
  private static List<String> errors(Path root, String id, String when, String then)
      throws Exception {
    Path dir = Files.createDirectories(root.resolve("demo").resolve(id));
    Files.writeString(
        dir.resolve("rule.yml"),
        "id: "
            + id
            + "\ntitle: T\ncategory: demo\nsymptom: general\nguide: g\nseverity: low\n"
            + "confidence: possible\ndescription: d\nremediation: [r]\nreferences: [https://example.org]\n");
    Files.writeString(
        dir.resolve("rule.drl"),
        "package demo;\nimport org.wuhealth.rules.api.*;\n\nrule \""
            + id
            + "\"\nwhen\n    "
            + when
            + "\nthen\n    "
            + then
            + "\nend\n");
    try {
      RuleCompiler.compile(RuleSet.of(RuleCatalog.load(root)));
      return List.of();
    } catch (RuleCompilationException e) {
      return e.errors();
    }
  }

  @Test
  void unknownTypeFieldAndMethodNameTheClosestKnownOne(@TempDir Path root) throws Exception {
    String base = root.toString().replace('\\', '/') + "/demo/";
    assertEquals(
        List.of(
            base + "XX-A/rule.drl:6:10: unknown fact type PackageChek; did you mean PackageCheck?"),
        errors(
                root.resolve("a"),
                "XX-A",
                "$c : PackageChek( kb != null )",
                "insert(Hit.of(kcontext, \"x\"));")
            .stream()
            .map(l -> l.replace(root.resolve("a").toString().replace('\\', '/') + "/demo/", base))
            .toList());
    assertEquals(
        List.of(base + "XX-B/rule.drl:6:24: unknown field kbb of PackageCheck; did you mean kb?"),
        errors(
                root.resolve("b"),
                "XX-B",
                "$c : PackageCheck( kbb != null )",
                "insert(Hit.of(kcontext, \"x\"));")
            .stream()
            .map(l -> l.replace(root.resolve("b").toString().replace('\\', '/') + "/demo/", base))
            .toList());
    assertEquals(
        List.of(
            base
                + "XX-C/rule.drl:8:32: unknown method symtom() of PackageCheck; did you mean symptom?"),
        errors(
                root.resolve("c"),
                "XX-C",
                "$c : PackageCheck( kb != null )",
                "insert(Hit.of(kcontext, $c.symtom()));")
            .stream()
            .map(l -> l.replace(root.resolve("c").toString().replace('\\', '/') + "/demo/", base))
            .toList());
  }

  @Test
  void syntaxErrorsKeepTheParsersPositionAndAllErrorsAreReported(@TempDir Path root)
      throws Exception {
    List<String> errors =
        errors(root, "XX-D", "$c : PackageCheck( kb != null", "insert(Hit.of(kcontext, \"x\"));");
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(
        root.toString().replace('\\', '/')
            + "/demo/XX-D/rule.drl:7:1: syntax error: mismatched input 'then' in rule \"XX-D\"",
        errors.get(0));
  }
}
