package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * Issue 12, defect 2: every fires-/ok- fixture of every host rule is analyzed as of its own
 * collection time and as of three years later; no finding may cite an update or a Windows release
 * that came out after the evaluation time.
 */
class EvaluationTimeMetaTest {
  private static final Duration LATER = Duration.ofDays(3 * 365);

  @Test
  void noFindingCitesAReleaseFromAfterTheEvaluationTime() throws IOException, InputException {
    Analyzer analyzer = TestRules.analyzer();
    SnapshotReader reader = new SnapshotReader();
    List<String> problems = new ArrayList<>();
    int runs = 0;
    for (RuleDefinition rule : TestRules.catalog().rules()) {
      if (rule.isFleet()) {
        continue;
      }
      List<String> symptoms =
          rule.metadata().isTriggeredBySymptom() && rule.metadata().symptom().declarable()
              ? List.of(rule.metadata().symptom().label())
              : List.of();
      for (Fixture fixture : rule.fixtures()) {
        var snapshot = reader.read(fixture.path()).snapshot();
        Instant own = snapshot.collectedAt();
        for (Instant now : List.of(own, own.plus(LATER))) {
          AnalysisResult result =
              analyzer.analyze(
                  fixture.name(),
                  snapshot,
                  List.of(),
                  Analyzer.Options.DEFAULT.asOf(now).withSymptoms(symptoms));
          runs++;
          FutureCitations.in(result)
              .forEach(p -> problems.add(rule.id() + "/" + fixture.name() + ": " + p));
        }
      }
    }
    assertTrue(runs > 200, "every fixture ran twice: " + runs);
    assertEquals(List.of(), problems);
  }

  /** The check itself catches what issue 12 saw: a 2019 snapshot told about a 2021 update. */
  @Test
  void theCheckSeesAnUpdateAndAReleaseFromTheFuture() throws InputException {
    var snapshot =
        new SnapshotReader()
            .read(
                java.nio.file.Path.of(
                    "../rules/catalog/checklist/CHK-SSU-OUTDATED/fires-2019-judged-as-of-march-2019.json"))
            .snapshot();
    Finding cited =
        new Finding(
            "CHK-SSU-OUTDATED",
            "t",
            org.wuhealth.rules.api.Symptom.CHECKLIST,
            "g",
            org.wuhealth.rules.api.Severity.MEDIUM,
            org.wuhealth.rules.api.Confidence.LIKELY,
            List.of(
                "the latest known servicing stack update for Windows Server 2019 is KB5005112",
                "a package for Windows Server 2022"),
            List.of(),
            List.of(),
            null,
            0,
            List.of());
    AnalysisResult result =
        new AnalysisResult(
            "x",
            snapshot,
            snapshot.collectedAt(),
            List.of(cited),
            List.of(),
            List.of(),
            new KnowledgeState(Knowledge.get().edition(), 0, List.of()));
    assertEquals(2, FutureCitations.in(result).size(), FutureCitations.in(result).toString());
  }
}
