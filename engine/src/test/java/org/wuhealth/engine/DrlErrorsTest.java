package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.rules.catalog.RuleCatalog;

/**
 * What authors see for the mistakes they make most: each one once, at its own line and column
 * (issue 16: Drools reports an action's mistakes at the rule's first line, and a bad import at
 * every use of its type).
 */
class DrlErrorsTest {
  @TempDir Path root;

  /**
   * The errors of one rule, file names shortened to rule.drl. With two import lines the rule's
   * lines are: 1 package, 2-3 imports, 5 rule, 6 when, 7 the first condition.
   */
  private List<String> errors(String imports, String when, String then) throws Exception {
    Path dir = Files.createDirectories(root.resolve("demo").resolve("XX-A"));
    Files.writeString(
        dir.resolve("rule.yml"),
        "id: XX-A\ntitle: T\ncategory: demo\nsymptom: general\nguide: g\nseverity: low\n"
            + "confidence: possible\ndescription: d\nremediation: [r]\n"
            + "references: [https://example.org]\n");
    Files.writeString(
        dir.resolve("rule.drl"),
        "package demo;\n"
            + imports
            + "\n\nrule \"XX-A\"\nwhen\n"
            + when
            + "\nthen\n"
            + then
            + "\nend\n");
    try {
      RuleCompiler.compile(RuleSet.of(RuleCatalog.load(root)));
      return List.of();
    } catch (RuleCompilationException e) {
      String prefix = dir.toString().replace('\\', '/') + "/";
      return e.errors().stream().map(l -> l.replace(prefix, "")).toList();
    }
  }

  private static final String IMPORTS =
      "import org.wuhealth.facts.*;\nimport org.wuhealth.rules.api.*;";

  @Test
  void unknownTypeFieldAndMethodNameTheClosestKnownOne() throws Exception {
    assertEquals(
        List.of("rule.drl:7:10: unknown fact type PackageChek; did you mean PackageCheck?"),
        errors(
            IMPORTS, "    $c : PackageChek( kb != null )", "    insert(Hit.of(kcontext, \"x\"));"));
    assertEquals(
        List.of("rule.drl:7:24: unknown field kbb of PackageCheck; did you mean kb?"),
        errors(
            IMPORTS,
            "    $c : PackageCheck( kbb != null )",
            "    insert(Hit.of(kcontext, \"x\"));"));
    assertEquals(
        List.of("rule.drl:9:32: unknown method symtom() of PackageCheck; did you mean symptom?"),
        errors(
            IMPORTS,
            "    $c : PackageCheck( kb != null )",
            "    insert(Hit.of(kcontext, $c.symtom()));"));
  }

  @Test
  void aTypeUsedWithoutItsImportSaysWhichImportIsMissing() throws Exception {
    assertEquals(
        List.of(
            "rule.drl:6:5: unknown fact type Wsus (not imported: add import"
                + " org.wuhealth.facts.Wsus;)"),
        errors(
            "import org.wuhealth.rules.api.*;",
            "    Wsus( )",
            "    insert(Hit.of(kcontext, \"x\"));"));
  }

  @Test
  void aMisspeltEnumConstantNamesTheClosestConstant() throws Exception {
    assertEquals(
        List.of("rule.drl:7:34: unknown constant STOPED of SiteState; did you mean STOPPED?"),
        errors(
            IMPORTS,
            "    WsusSite( state == SiteState.STOPED )",
            "    insert(Hit.of(kcontext, \"x\"));"));
  }

  @Test
  void anEnumComparedWithAStringIsAnError() throws Exception {
    assertEquals(
        List.of(
            "rule.drl:7:11: role is a WsusRole, never equal to the string \"Server\"; compare"
                + " with WsusRole.SERVER"),
        errors(IMPORTS, "    Wsus( role == \"Server\" )", "    insert(Hit.of(kcontext, \"x\"));"));
    assertEquals(
        List.of(
            "rule.drl:7:29: state is a SiteState, never equal to the string \"Stoped\"; compare"
                + " with SiteState.STOPPED"),
        errors(
            IMPORTS,
            "    WsusSite( name != null, \"Stoped\" != state )",
            "    insert(Hit.of(kcontext, \"x\"));"));
  }

  @Test
  void aBadImportIsReportedOnceAtItsImportLine() throws Exception {
    assertEquals(
        List.of(
            "rule.drl:2:8: unknown import org.wuhealth.fact.Wsus; did you mean"
                + " org.wuhealth.facts.Wsus?"),
        errors(
            "import org.wuhealth.fact.Wsus;\nimport org.wuhealth.rules.api.*;",
            "    Wsus( )\n    $w : Wsus( role != null )\n    not Wsus( version == null )",
            "    insert(Hit.of(kcontext, \"x\" + $w.role()));"));
  }

  @Test
  void mistakesInTheActionAreAtTheirOwnLineAndColumn() throws Exception {
    String when = "    $h : HostOs( build > 0 )";
    // line 9 is the first line of the action
    assertEquals(
        List.of("rule.drl:11:48: $x is not bound: bind it in the when part ($x : Type( ... ))"),
        errors(
            IMPORTS,
            when,
            "    String a = \"x\";\n"
                + "    insert(Hit.of(kcontext, a));\n"
                + "    insert(Hit.of(kcontext, \"the host runs \" + $x.describe()));"));
    assertEquals(
        List.of("rule.drl:10:32: syntax error: missing ;"),
        errors(
            IMPORTS,
            when,
            "    String a = \"x\";\n    insert(Hit.of(kcontext, a))\n    int b = 1;"));
    assertEquals(
        List.of("rule.drl:9:33: unknown type Foo"),
        errors(IMPORTS, when, "    insert(Hit.of(kcontext, new Foo()));"));
  }

  @Test
  void aConditionThatFailsDoesNotAlsoReportItsBindingsInTheAction() throws Exception {
    assertEquals(
        List.of("rule.drl:7:10: unknown fact type HostsOs; did you mean HostOs?"),
        errors(
            IMPORTS,
            "    $h : HostsOs( build > 0 )",
            "    insert(Hit.of(kcontext, $h.describe()));"));
  }

  @Test
  void syntaxErrorsKeepTheParsersPosition() throws Exception {
    assertEquals(
        List.of("rule.drl:8:1: syntax error: mismatched input 'then' in rule \"XX-A\""),
        errors(
            IMPORTS, "    $c : PackageCheck( kb != null", "    insert(Hit.of(kcontext, \"x\"));"));
  }
}
