package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wuhealth.authoring.RuleDocs;
import org.wuhealth.authoring.RuleMetaChecks;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.snapshot.SnapshotSchema;

/** Checks on the catalogue as a whole, beyond what loading it already enforces. */
class CatalogMetaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyRuleHasFiringAndNearMissFixtures() {
    List<String> problems = new ArrayList<>();
    for (RuleDefinition rule : TestRules.catalog().rules()) {
      List<Fixture> fixtures = rule.fixtures();
      if (fixtures.stream().noneMatch(Fixture::expectFires)) {
        problems.add(rule.id() + " has no fires-* fixture");
      }
      if (fixtures.stream().noneMatch(f -> f.name().startsWith("ok-near-miss"))) {
        problems.add(rule.id() + " has no ok-near-miss-* fixture");
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Every fires-* fixture states the severity, confidence and evidence it expects, so that a
   * fixture proves the finding and not only that the rule fires (issue 12).
   */
  @Test
  void everyFiringFixtureStatesItsFinding() {
    assertEquals(List.of(), RuleMetaChecks.unstatedExpectations(TestRules.catalog().rules()));
  }

  /** The fixture harness declares a symptom-triggered rule's symptom, so it must be declarable. */
  @Test
  void symptomTriggeredRulesNameADeclarableSymptom() {
    List<String> problems = new ArrayList<>();
    for (RuleDefinition rule : TestRules.catalog().rules()) {
      if (rule.metadata().isTriggeredBySymptom() && !rule.metadata().symptom().declarable()) {
        problems.add(rule.id() + " is triggered by symptom " + rule.metadata().symptom());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void rulesArePureFinishedAndUnfocused() {
    var rules = TestRules.catalog().rules();
    assertEquals(List.of(), RuleMetaChecks.purity(rules, TestRules.catalog().helpers()));
    assertEquals(List.of(), RuleMetaChecks.focusFlags(rules));
    assertEquals(
        List.of(),
        rules.stream()
            .filter(r -> RuleMetaChecks.unfinished(r.metadata()))
            .map(r -> r.id())
            .toList());
  }

  @Test
  void rulesReferenceIsUpToDate() throws IOException {
    Path docs = Path.of("..", "docs", "rules.md");
    // What `rules list` prints: the host rules (the fleet rules are documented in
    // docs/writing-rules.md).
    String expected =
        RuleDocs.markdown(TestRules.catalog().rules().stream().filter(r -> !r.isFleet()).toList());
    if (Boolean.getBoolean("wuhealth.updateGolden")) {
      Files.createDirectories(docs.getParent());
      Files.writeString(docs, expected);
    }
    assertEquals(
        expected,
        Files.readString(docs),
        "docs/rules.md is stale: wuhealth rules list --format markdown > docs/rules.md");
  }

  @Test
  void everyFixtureAndSampleValidatesAgainstTheSchema() throws IOException {
    List<Path> files = new ArrayList<>();
    TestRules.catalog()
        .rules()
        .forEach(r -> r.fixtures().forEach(f -> files.addAll(f.snapshots())));
    try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
      samples.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
    }
    assertTrue(files.size() > 10);
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      for (var v : SnapshotSchema.validate(JSON.readTree(Files.readString(file)))) {
        problems.add(file + ": " + v.pointer() + ": " + v.message());
      }
    }
    assertEquals(List.of(), problems);
  }
}
