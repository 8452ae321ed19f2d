package org.wuhealth.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wuhealth.authoring.CaseResult;
import org.wuhealth.authoring.CaseResult.Status;
import org.wuhealth.authoring.JUnitXml;
import org.wuhealth.authoring.RuleCoverage;
import org.wuhealth.authoring.RuleMetaChecks;
import org.wuhealth.authoring.RuleTestReport;
import org.wuhealth.authoring.RuleTestRunner;
import org.wuhealth.authoring.RuleWatcher;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.RuleBase;
import org.wuhealth.engine.RuleSelection;
import org.wuhealth.engine.RuleSet;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.RuleCatalog;
import org.wuhealth.rules.catalog.RuleDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth rules test [DIR...]}: runs rule fixtures, like {@code opa test}. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Tests rule folders against their fixtures: fires-* must fire, ok-* must not, tests.yml"
          + " says more.",
      "With no DIR, tests the bundled catalogue. Rules in DIR are compiled with the bundled ones"
          + " (a rule with a bundled id replaces it) unless --isolated."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed (skipped cases allowed)",
      "1:a case failed or errored, or a focus flag was left in",
      "2:usage error, invalid rule folder or DRL that does not compile (nothing runs)",
      "3:internal error"
    })
public final class RulesTestCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;

  @Parameters(
      arity = "0..*",
      paramLabel = "DIR",
      description = "Directories of rule folders (default: the bundled catalogue).")
  List<Path> dirs = new ArrayList<>();

  @Option(
      names = "--isolated",
      description = "Compile each rule only with the shared helpers, not with the other rules.")
  boolean isolated;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write the results as JUnit XML.")
  Path junit;

  @Option(
      names = "--coverage",
      description = "Show which rules fixtures made fire and which have a near miss.")
  boolean coverage;

  @Mixin BudgetOption budget = new BudgetOption();

  @Mixin RuleSettingsOption ruleSettings = new RuleSettingsOption();

  @Option(
      names = "--allow-unsafe-rules",
      description =
          "Test rule folders that other users can change (refused by default: a rule folder is"
              + " code that runs with your rights).")
  boolean allowUnsafe;

  @Option(names = "--explain", description = "Show the facts each rule under test matched.")
  boolean explain;

  @Option(
      names = "--watch",
      description = "Run again whenever a file in DIR changes (Ctrl-C to stop).")
  boolean watch;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (watch && dirs.isEmpty()) {
      throw new UserError("--watch needs a DIR to watch");
    }
    int code = runOnce();
    if (!watch) {
      return code;
    }
    try (RuleWatcher watcher = new RuleWatcher(dirs)) {
      while (true) {
        watcher.awaitChange();
        parent.io().out().println("\n--- change detected, testing again ---");
        try {
          code = runOnce();
        } catch (UserError e) {
          e.lines().forEach(parent.io().err()::println);
          parent.io().err().flush();
        }
      }
    }
  }

  private int runOnce() throws IOException {
    long start = System.nanoTime();
    Io io = parent.io();
    RuleCatalog bundled = RuleOptions.bundledCatalog();
    List<RuleCatalog> authored = dirs.stream().map(d -> RuleOptions.load(d, allowUnsafe)).toList();
    // Host rules only: fleet rules take folders of snapshots and run in FleetRuleFixturesTest.
    List<RuleDefinition> underTest =
        (dirs.isEmpty()
                ? bundled.rules().stream()
                : authored.stream().flatMap(c -> c.rules().stream()))
            .filter(r -> !r.isFleet())
            .toList();
    List<DrlFile> helpers = new ArrayList<>(bundled.helpers());
    authored.forEach(c -> helpers.addAll(c.helpers()));

    List<String> impure = RuleMetaChecks.purity(underTest, helpers);
    if (!impure.isEmpty()) {
      throw new UserError(ExitCodes.USAGE_OR_INPUT, impure);
    }
    List<CaseResult> results = new ArrayList<>();
    if (isolated) {
      for (RuleDefinition rule : underTest) {
        RuleBase base = RuleOptions.compile(new RuleSet(List.of(rule), helpers));
        results.addAll(
            new RuleTestRunner(new Analyzer(base), budget.budget(), ruleSettings.analysis(null))
                .run(List.of(rule)));
      }
    } else {
      RuleBase base =
          dirs.isEmpty() ? BundledRules.load() : RuleOptions.compile(combined(bundled, authored));
      results.addAll(
          new RuleTestRunner(new Analyzer(base), budget.budget(), ruleSettings.analysis(null))
              .run(underTest));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    io.out().print(RuleTestReport.render(results, explain, millis));
    if (coverage) {
      io.out().print(RuleCoverage.render(RuleCoverage.compute(underTest, results)));
    }
    List<String> focus = RuleMetaChecks.focusFlags(underTest);
    focus.forEach(p -> io.err().println(Diagnostics.error(p)));
    io.out().flush();
    if (junit != null) {
      JUnitXml.write(results, junit);
    }
    boolean failed =
        results.stream().anyMatch(r -> r.status() == Status.FAIL || r.status() == Status.ERROR);
    return failed || !focus.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static RuleSet combined(RuleCatalog bundled, List<RuleCatalog> authored) {
    try {
      return RuleSelection.select(bundled, authored, Set.of(), Set.of());
    } catch (RuleSelection.SelectionException e) {
      throw new UserError(e.getMessage());
    }
  }
}
