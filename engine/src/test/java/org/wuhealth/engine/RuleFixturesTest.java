package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wuhealth.authoring.CaseResult;
import org.wuhealth.authoring.CaseResult.Status;
import org.wuhealth.authoring.RuleTestRunner;
import org.wuhealth.rules.catalog.RuleDefinition;

/**
 * The bundled catalogue through the same harness as {@code wuhealth rules test}: each {@code
 * fires-*} fixture must make its rule fire, each {@code ok-*} fixture must not, tests.yml
 * expectations hold, and for every {@code fires-*} fixture each required snapshot path is removed
 * in turn: the rule must then stay quiet and be reported as skipped. Fleet rules have their own
 * harness, {@code FleetRuleFixturesTest}.
 */
class RuleFixturesTest {
  @TestFactory
  Stream<DynamicTest> everyBundledRuleAgainstItsFixtures() {
    List<RuleDefinition> hostRules =
        TestRules.catalog().rules().stream().filter(r -> !r.isFleet()).toList();
    List<CaseResult> results = new RuleTestRunner(TestRules.analyzer()).run(hostRules);
    assertTrue(results.size() > hostRules.size());
    return results.stream().map(r -> DynamicTest.dynamicTest(r.label(), () -> check(r)));
  }

  private static void check(CaseResult r) {
    Assumptions.assumeFalse(
        r.status() == Status.SKIPPED && r.message().startsWith("the snapshot format requires"),
        r.message());
    assertEquals(
        Status.PASS,
        r.status(),
        r.label() + ": " + r.problems() + " " + r.message() + "; findings " + r.findings());
  }
}
