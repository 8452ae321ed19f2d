package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * The one harness for every rule folder: each {@code fires-*} fixture must make its rule fire and
 * each {@code ok-*} fixture must not. Then, for every {@code fires-*} fixture, each snapshot path
 * the rule requires is removed in turn: the rule must then stay quiet and be reported as skipped,
 * so no rule ever fires on missing data. Fleet rules have their own harness, {@code
 * FleetRuleFixturesTest}.
 */
class RuleFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SnapshotReader READER = new SnapshotReader();

  @TestFactory
  Stream<DynamicNode> everyRuleAgainstItsFixtures() {
    return TestRules.catalog().rules().stream()
        .filter(rule -> !rule.isFleet())
        .map(rule -> DynamicContainer.dynamicContainer(rule.id(), tests(rule)));
  }

  private static Stream<DynamicNode> tests(RuleDefinition rule) {
    List<DynamicNode> tests = new ArrayList<>();
    for (Fixture fixture : rule.fixtures()) {
      tests.add(DynamicTest.dynamicTest(fixture.name(), () -> checkFixture(rule, fixture)));
      if (fixture.expectFires()) {
        for (String requirement : rule.metadata().requires()) {
          tests.add(
              DynamicTest.dynamicTest(
                  fixture.name() + " without " + requirement,
                  () -> checkWithout(rule, fixture, requirement)));
        }
      }
    }
    return tests.stream();
  }

  private static void checkFixture(RuleDefinition rule, Fixture fixture) throws Exception {
    var loaded = READER.read(fixture.path());
    assertEquals(List.of(), loaded.warnings(), "fixtures use only known fields");
    AnalysisResult result =
        TestRules.analyzer()
            .analyze(fixture.name(), loaded.snapshot(), List.of(), Analyzer.Options.DEFAULT);
    boolean fired = result.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id()));
    assertEquals(
        fixture.expectFires(),
        fired,
        rule.id() + " on " + fixture.name() + ": findings were " + result.findings());
    if (fixture.expectFires()) {
      assertTrue(
          result.skipped().stream().noneMatch(s -> s.ruleId().equals(rule.id())),
          "a rule that fired cannot have been skipped");
    }
  }

  private static void checkWithout(RuleDefinition rule, Fixture fixture, String requirement)
      throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(fixture.path()));
    for (String path : requirement.split("\\|")) {
      remove(doc, path.trim());
    }
    SnapshotReader.Loaded loaded;
    try {
      loaded = READER.read(fixture.name(), JSON.writeValueAsBytes(doc));
    } catch (InputException e) {
      // The format itself requires this path (os.build, for example): it can never be missing.
      assertTrue(
          e.getMessage().contains("required") || e.getMessage().contains("os"), e.getMessage());
      return;
    }
    AnalysisResult result =
        TestRules.analyzer()
            .analyze(fixture.name(), loaded.snapshot(), List.of(), Analyzer.Options.DEFAULT);
    assertFalse(
        result.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id())),
        rule.id() + " fired although " + requirement + " was not collected");
    assertTrue(
        result.skipped().stream().anyMatch(s -> s.ruleId().equals(rule.id())),
        rule.id() + " must be listed as skipped without " + requirement);
  }

  private static void remove(ObjectNode doc, String dotted) {
    String[] parts = dotted.split("\\.");
    ObjectNode node = doc;
    for (int i = 0; i < parts.length - 1; i++) {
      if (!(node.get(parts[i]) instanceof ObjectNode child)) {
        return;
      }
      node = child;
    }
    node.remove(parts[parts.length - 1]);
  }
}
