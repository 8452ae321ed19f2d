package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wuhealth.authoring.SnapshotWithout;
import org.wuhealth.rules.catalog.CaseExpectation;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.Requirement;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.rules.fleet.FleetPolicy;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * The one harness for every fleet rule: a fixture is a folder of snapshots, one per host. Each
 * {@code fires-*} folder must make its rule fire and each {@code ok-*} folder must not. Then, for
 * every {@code fires-*} folder, each snapshot path the rule requires is removed from every host in
 * turn: the rule must stay quiet and be reported as a skipped fleet check. A folder's tests.yml
 * states what a fixture's findings must say (count, severity, confidence, evidence), as for host
 * rules.
 */
class FleetRuleFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SnapshotReader READER = new SnapshotReader();

  @TestFactory
  Stream<DynamicNode> everyFleetRuleAgainstItsFixtures() {
    List<RuleDefinition> fleetRules =
        TestRules.catalog().rules().stream().filter(RuleDefinition::isFleet).toList();
    assertFalse(fleetRules.isEmpty(), "the catalogue has fleet rules");
    return fleetRules.stream()
        .map(rule -> DynamicContainer.dynamicContainer(rule.id(), tests(rule)));
  }

  private static Stream<DynamicNode> tests(RuleDefinition rule) {
    List<DynamicNode> tests = new ArrayList<>();
    for (Fixture fixture : rule.fixtures()) {
      tests.add(DynamicTest.dynamicTest(fixture.name(), () -> checkFixture(rule, fixture)));
      if (fixture.expectFires()) {
        for (Requirement requirement : rule.metadata().requires()) {
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
    FleetAnalyzer.Result result = runFleet(fixture, doc -> {});
    boolean fired = result.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id()));
    assertEquals(
        fixture.expectFires(),
        fired,
        rule.id() + " on " + fixture.name() + ": fleet findings were " + result.findings());
    if (fixture.expectFires()) {
      assertTrue(result.skipped().stream().noneMatch(s -> s.ruleId().equals(rule.id())));
    }
    checkExpectation(rule, fixture, result.findings());
  }

  /** The folder's tests.yml: the count, severity, confidence and evidence of the findings. */
  private static void checkExpectation(
      RuleDefinition rule, Fixture fixture, List<Finding> findings) {
    CaseExpectation e = fixture.expectation();
    List<Finding> own = findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    String where = rule.id() + " on " + fixture.name() + ": ";
    if (e.count() != null) {
      assertEquals(e.count().intValue(), own.size(), where + "findings " + own);
    }
    if (e.severity() != null) {
      own.forEach(f -> assertEquals(e.severity(), f.severity().label(), where + "severity"));
    }
    if (e.confidence() != null) {
      own.forEach(f -> assertEquals(e.confidence(), f.confidence().label(), where + "confidence"));
    }
    for (String text : e.evidence()) {
      assertTrue(
          own.stream().flatMap(f -> f.evidence().stream()).anyMatch(l -> l.contains(text)),
          where + "no evidence line contains \"" + text + "\": " + own);
    }
  }

  private static void checkWithout(RuleDefinition rule, Fixture fixture, Requirement requirement)
      throws Exception {
    FleetAnalyzer.Result result =
        runFleet(fixture, doc -> SnapshotWithout.remove(doc, requirement));
    assertFalse(
        result.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id())),
        rule.id() + " fired although no host had " + requirement);
    assertTrue(
        result.skipped().stream().anyMatch(s -> s.ruleId().equals(rule.id())),
        rule.id() + " must be listed as skipped without " + requirement);
  }

  /** Analyses every host of the fixture, as a batch does, and fires the fleet rules. */
  static FleetAnalyzer.Result runFleet(Fixture fixture, Consumer<ObjectNode> edit)
      throws Exception {
    FleetAnalyzer fleet = new FleetAnalyzer(TestRules.fleetBase());
    FleetAnalyzer.Session session = fleet.open(FleetPolicy.DEFAULT, 0);
    int index = 0;
    for (Path file : fixture.snapshots()) {
      ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(file));
      edit.accept(doc);
      SnapshotReader.Loaded loaded = READER.read(file.toString(), JSON.writeValueAsBytes(doc));
      assertEquals(List.of(), loaded.warnings(), "fixtures use only known fields");
      AnalysisResult r =
          TestRules.analyzer()
              .analyze(file.toString(), loaded.snapshot(), List.of(), Analyzer.Options.DEFAULT);
      session.add(fleet.contribution(index++, r));
    }
    return session.finish();
  }
}
