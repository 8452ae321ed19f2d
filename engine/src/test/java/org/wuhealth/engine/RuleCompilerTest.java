package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.rules.catalog.RuleCatalog;

class RuleCompilerTest {
  @Test
  void syntaxErrorsNameFileLineAndColumn(@TempDir Path root) throws Exception {
    Path dir = Files.createDirectories(root.resolve("demo").resolve("XX-BROKEN"));
    Files.writeString(
        dir.resolve("rule.yml"),
        """
        id: XX-BROKEN
        title: Broken
        category: demo
        symptom: general
        guide: none
        severity: low
        confidence: possible
        description: Broken on purpose.
        remediation: [Fix it.]
        references: [https://example.org]
        """);
    Files.writeString(
        dir.resolve("rule.drl"),
        "package demo;\n\nrule \"XX-BROKEN\"\nwhen\n    $x : String( length > )\nthen\nend\n");
    RuleCompilationException e =
        assertThrows(
            RuleCompilationException.class,
            () -> RuleCompiler.compile(RuleSet.of(RuleCatalog.load(root))));
    String first = e.errors().get(0);
    assertTrue(
        first.startsWith(root.toString().replace('\\', '/') + "/demo/XX-BROKEN/rule.drl:5:"),
        first);
    assertEquals(1, first.lines().count());
  }
}
