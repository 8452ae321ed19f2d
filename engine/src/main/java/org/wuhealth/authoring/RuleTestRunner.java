package org.wuhealth.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wuhealth.authoring.CaseResult.Check;
import org.wuhealth.authoring.CaseResult.Status;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.HostBudget;
import org.wuhealth.engine.RuleFailure;
import org.wuhealth.rules.api.Symptom;
import org.wuhealth.rules.catalog.CaseExpectation;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.Requirement;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * Runs rule folders' fixtures against a compiled rule base, the way {@code opa test} runs policy
 * tests: every {@code fires-*} / {@code ok-*} fixture is a case, checked against the folder's
 * {@code tests.yml} expectations (or the defaults), and every {@code fires-*} fixture also yields
 * one "without PATH" case per required snapshot path, proving the rule never fires on missing data.
 */
public final class RuleTestRunner {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Why a derived case of a broken fixture did not run. */
  static final String NOT_LOADED = "fixture failed to load";

  private final Analyzer analyzer;
  private final HostBudget budget;
  private final Analyzer.Options options;
  private final SnapshotReader reader = new SnapshotReader();

  public RuleTestRunner(Analyzer analyzer) {
    this(analyzer, HostBudget.DEFAULT, Analyzer.Options.DEFAULT);
  }

  /**
   * @param budget the time each case may take: a rule that never returns fails its case
   * @param options how each case is analysed (the rule settings); each fixture keeps its own time
   */
  public RuleTestRunner(Analyzer analyzer, HostBudget budget, Analyzer.Options options) {
    this.analyzer = analyzer;
    this.budget = budget;
    this.options = options;
  }

  /** Cases of the given rules, in rule order then fixture order. */
  public List<CaseResult> run(List<RuleDefinition> rules) {
    boolean focusing = rules.stream().anyMatch(RuleTestRunner::hasFocus);
    List<CaseResult> results = new ArrayList<>();
    for (RuleDefinition rule : rules) {
      if (RuleMetaChecks.unfinished(rule.metadata())) {
        results.add(
            new CaseResult(
                rule.id(),
                "rule.yml",
                RuleMetaChecks.folder(rule) + "rule.yml",
                Status.FAIL,
                List.of(
                    new Check("metadata written", "scaffold text (TODO) still in rule.yml", false)),
                List.of(),
                null,
                0));
      }
      for (Fixture fixture : rule.fixtures()) {
        CaseResult own = runFixture(rule, fixture, focusing);
        results.add(own);
        if (fixture.expectFires()
            && isDefault(fixture.expectation())
            && skipReason(rule, fixture, focusing) == null) {
          for (Requirement requirement : rule.metadata().requires()) {
            // Only a load failure makes a fixture's own case an error.
            results.add(
                own.status() == Status.ERROR
                    ? notRun(
                        rule,
                        fixture.name() + " without " + requirement,
                        fixture,
                        Status.SKIPPED,
                        NOT_LOADED,
                        System.nanoTime())
                    : runWithout(rule, fixture, requirement));
          }
        }
      }
    }
    return results;
  }

  static boolean hasFocus(RuleDefinition rule) {
    return rule.tests().isFocused()
        || rule.fixtures().stream().anyMatch(f -> f.expectation().isFocused());
  }

  private static String skipReason(RuleDefinition rule, Fixture fixture, boolean focusing) {
    if (rule.metadata().disabled() != null) {
      return "rule disabled: " + rule.metadata().disabled();
    }
    if (rule.tests().disabled() != null) {
      return "tests disabled: " + rule.tests().disabled();
    }
    if (fixture.expectation().disabled() != null) {
      return "disabled: " + fixture.expectation().disabled();
    }
    if (focusing && !rule.tests().isFocused() && !fixture.expectation().isFocused()) {
      return "not focused";
    }
    return null;
  }

  private static boolean isDefault(CaseExpectation e) {
    return e.fires() == null && e.quiet() == null;
  }

  private CaseResult runFixture(RuleDefinition rule, Fixture fixture, boolean focusing) {
    long start = System.nanoTime();
    String skip = skipReason(rule, fixture, focusing);
    if (skip != null) {
      return notRun(rule, fixture.name(), fixture, Status.SKIPPED, skip, start);
    }
    SnapshotReader.Loaded loaded;
    try {
      loaded = reader.read(fixture.path());
    } catch (InputException e) {
      return notRun(
          rule, fixture.name(), fixture, Status.ERROR, NOT_LOADED + ": " + e.getMessage(), start);
    }
    if (!loaded.warnings().isEmpty()) {
      return notRun(
          rule,
          fixture.name(),
          fixture,
          Status.ERROR,
          NOT_LOADED
              + ": it has unknown fields, which would be ignored: "
              + loaded.warnings().get(0),
          start);
    }
    AnalysisResult analysis;
    try {
      analysis = analyze(fixture.name(), loaded, rule);
    } catch (RuleFailure | HostBudget.Exceeded e) {
      return notRun(rule, fixture.name(), fixture, Status.ERROR, e.getMessage(), start);
    }
    List<Check> checks = check(rule, fixture, analysis);
    return result(
        rule,
        fixture.name(),
        fixture,
        checks.stream().allMatch(Check::ok) ? Status.PASS : Status.FAIL,
        checks,
        analysis.findings(),
        null,
        start);
  }

  private static List<Check> check(RuleDefinition rule, Fixture fixture, AnalysisResult analysis) {
    List<Finding> findings = analysis.findings();
    CaseExpectation e = fixture.expectation();
    List<String> fires =
        e.fires() != null ? e.fires() : fixture.expectFires() ? List.of(rule.id()) : List.of();
    List<String> quiet =
        e.quiet() != null ? e.quiet() : fixture.expectFires() ? List.of() : List.of(rule.id());
    List<Check> checks = new ArrayList<>();
    for (String id : fires) {
      boolean fired = findings.stream().anyMatch(f -> f.ruleId().equals(id));
      checks.add(new Check(id + " fires", fired ? id + " fired" : id + " did not fire", fired));
    }
    for (String id : quiet) {
      boolean fired = findings.stream().anyMatch(f -> f.ruleId().equals(id));
      checks.add(
          new Check(id + " stays quiet", fired ? id + " fired" : id + " stayed quiet", !fired));
    }
    List<Finding> own = findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    if (e.count() != null) {
      checks.add(
          new Check(
              rule.id() + ": " + plural(e.count(), "finding"),
              rule.id() + ": " + plural(own.size(), "finding"),
              own.size() == e.count()));
    }
    for (String text : e.evidence()) {
      boolean found =
          own.stream().flatMap(f -> f.evidence().stream()).anyMatch(line -> line.contains(text));
      checks.add(
          new Check(
              "evidence contains \"" + text + "\"",
              found ? "found" : "no evidence line contains it",
              found));
    }
    if (e.severity() != null) {
      checks.add(sameLabel("severity", e.severity(), own.stream().map(f -> f.severity().label())));
    }
    if (e.confidence() != null) {
      checks.add(
          sameLabel("confidence", e.confidence(), own.stream().map(f -> f.confidence().label())));
    }
    for (String id : e.notChecked()) {
      var skipped = analysis.skipped().stream().filter(s -> s.ruleId().equals(id)).findFirst();
      checks.add(
          new Check(
              id + " listed as not checked",
              skipped
                  .map(
                      s ->
                          s.reason() != null
                              ? s.reason()
                              : "no "
                                  + String.join(
                                      ", no ",
                                      s.missing().stream().map(Requirement::text).toList()))
                  .orElse(id + " is not listed as not checked"),
              skipped.isPresent()));
    }
    List<String> unstated = fixture.expectFires() ? e.unstatedForAFinding() : List.of();
    if (!unstated.isEmpty()) {
      checks.add(
          new Check(
              "severity, confidence, evidence stated",
              "tests.yml states no "
                  + String.join(", no ", unstated)
                  + " for "
                  + fixture.name()
                  + (own.isEmpty()
                      ? ""
                      : "; the rule gave "
                          + own.get(0).severity().label()
                          + ", "
                          + own.get(0).confidence().label()),
              false));
    }
    return checks;
  }

  /** Whether every finding of the rule has the expected label ({@code what}: severity, ...). */
  private static Check sameLabel(String what, String expected, Stream<String> labels) {
    String want = expected.toLowerCase(Locale.ROOT);
    List<String> got = labels.distinct().toList();
    return new Check(
        what + " " + want,
        what + " " + String.join(", ", got),
        !got.isEmpty() && got.stream().allMatch(want::equals));
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private CaseResult runWithout(RuleDefinition rule, Fixture fixture, Requirement requirement) {
    long start = System.nanoTime();
    String name = fixture.name() + " without " + requirement;
    SnapshotReader.Loaded loaded;
    try {
      ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(fixture.path()));
      SnapshotWithout.remove(doc, requirement);
      loaded = reader.read(name, JSON.writeValueAsBytes(doc));
    } catch (InputException e) {
      // The format itself requires this path (os.build, for example): it can never be missing.
      return notRun(
          rule,
          name,
          fixture,
          Status.SKIPPED,
          "the snapshot format requires " + requirement,
          start);
    } catch (IOException | ClassCastException e) {
      return notRun(
          rule,
          name,
          fixture,
          Status.ERROR,
          fixture.path() + ": cannot rewrite: " + e.getMessage(),
          start);
    }
    AnalysisResult analysis;
    try {
      analysis = analyze(name, loaded, rule);
    } catch (RuleFailure | HostBudget.Exceeded e) {
      return notRun(rule, name, fixture, Status.ERROR, e.getMessage(), start);
    }
    boolean fired = analysis.findings().stream().anyMatch(f -> f.ruleId().equals(rule.id()));
    boolean skipped = analysis.skipped().stream().anyMatch(s -> s.ruleId().equals(rule.id()));
    List<Check> checks =
        List.of(
            new Check(
                rule.id() + " stays quiet",
                fired
                    ? rule.id() + " fired although " + requirement + " was not collected"
                    : rule.id() + " stayed quiet",
                !fired),
            new Check(
                rule.id() + " is reported as skipped",
                skipped ? "skipped" : rule.id() + " is not reported as skipped",
                skipped));
    return result(
        rule,
        name,
        fixture,
        fired || !skipped ? Status.FAIL : Status.PASS,
        checks,
        analysis.findings(),
        null,
        start);
  }

  /**
   * One case's analysis within the budget: a rule that throws, never returns or overflows the stack
   * fails this case (an error), and the other cases still run.
   */
  private AnalysisResult analyze(String name, SnapshotReader.Loaded loaded, RuleDefinition rule) {
    try (HostBudget.Run run = budget.start()) {
      try {
        AnalysisResult result =
            analyzer.analyze(name, loaded.snapshot(), List.of(), optionsFor(rule));
        run.check();
        return result;
      } catch (ThreadDeath e) {
        throw new HostBudget.Exceeded(run.message());
      }
    }
  }

  /**
   * A rule that only speaks once its symptom is present ({@code triggeredBySymptom}) is tested with
   * that symptom declared, so its near misses show the symptom without the cause.
   */
  private Analyzer.Options optionsFor(RuleDefinition rule) {
    Symptom symptom = rule.metadata().symptom();
    return rule.metadata().isTriggeredBySymptom() && symptom.declarable()
        ? options.withSymptoms(List.of(symptom.label()))
        : options;
  }

  /** A case that stopped before any check: skipped, or an error that let nothing run. */
  private static CaseResult notRun(
      RuleDefinition rule,
      String name,
      Fixture fixture,
      Status status,
      String message,
      long start) {
    return result(rule, name, fixture, status, List.of(), List.of(), message, start);
  }

  private static CaseResult result(
      RuleDefinition rule,
      String name,
      Fixture fixture,
      Status status,
      List<Check> checks,
      List<Finding> findings,
      String message,
      long start) {
    String folder = RuleMetaChecks.folder(rule);
    return new CaseResult(
        rule.id(),
        name,
        folder + fixture.name(),
        status,
        checks,
        findings,
        message,
        (System.nanoTime() - start) / 1_000_000);
  }
}
