package org.wuhealth.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.HostBudget;
import org.wuhealth.engine.RuleBase;
import org.wuhealth.engine.RuleFailure;
import org.wuhealth.inputs.HostInput;
import org.wuhealth.inputs.InputPlan;
import org.wuhealth.inputs.Inputs;
import org.wuhealth.inputs.Loaded;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.report.JsonReport;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.snapshot.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth analyze FILE...}: ranked findings for snapshot files. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyzes snapshots, raw exports and support bundles and prints ranked findings.",
      "Each snapshot is evaluated at its own collection time unless --now is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error, no input at all, or an input that could not be read (the others are still"
          + " analyzed)",
      "3:internal error",
      "With --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."
    })
public final class AnalyzeCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    nagios,
    prometheus
  }

  @ParentCommand WuhealthCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Snapshots (JSON, format v1), raw exports (systeminfo, wmic qfe, Get-HotFix,"
              + " Get-Service, .reg, logs, web.config) imported on the fly, support bundles"
              + " (a directory or .zip per host), directories of these, or globs.")
  List<String> inputs;

  @Mixin NowOption now = new NowOption();

  @Mixin MaxFileSizeOption maxFileSize = new MaxFileSizeOption();

  @Mixin FindingOptions findings = new FindingOptions();

  @Mixin RuleOptions rules = new RuleOptions();

  @Mixin BudgetOption budget = new BudgetOption();

  @Option(
      names = {"-v", "--verbose"},
      description =
          "List every check that could not run (the text report sums them up in one line).")
  boolean verbose;

  @Override
  public Integer call() {
    Io io = parent.io();
    Severity threshold = findings.threshold();
    Inputs loader = new Inputs(maxFileSize.bytes, VersionProvider.version());
    InputPlan plan = loader.plan(inputs);
    if (plan.hosts().isEmpty()) {
      throw new UserError("no input: " + plan.whyNoHost());
    }
    Supplier<RuleBase> ruleBase = rules.startRuleBase(parent.bundledRules());
    HostBudget hostBudget = budget.budget();
    Analyzer analyzer = null;
    Analyzer.Options options = findings.analyzerOptions(now.time).today(io.clock().instant());
    List<AnalysisResult> results = new ArrayList<>();
    List<JsonReport.InputError> errors = new ArrayList<>();
    for (Skipped skipped : plan.skipped()) {
      io.err().println(Diagnostics.note("skipped " + skipped.file() + ": " + skipped.reason()));
    }
    for (InputException problem : plan.problems()) {
      errors.add(report(io, problem));
    }
    for (HostInput input : plan.hosts()) {
      if (analyzer == null) {
        analyzer = new Analyzer(ruleBase.get(), parent.knowledge());
      }
      try (HostBudget.Run run = hostBudget.start()) {
        try {
          Loaded loaded = loader.load(input);
          run.check();
          if (loaded instanceof Loaded.Ready host) {
            results.add(analyzer.analyze(host.source(), host.snapshot(), host.warnings(), options));
          } else {
            errors.add(report(io, ((Loaded.Failure) loaded).error()));
          }
        } catch (HostBudget.Exceeded | ThreadDeath e) {
          errors.add(report(io, new InputException(input.source(), null, run.message())));
        } catch (RuleFailure e) {
          errors.add(report(io, new InputException(input.source(), null, e.getMessage())));
        }
      }
    }
    return findings.print(io, "analyze", results, errors, threshold, verbose);
  }

  static int exitCode(List<AnalysisResult> results, List<?> errors, Severity threshold) {
    if (!errors.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    boolean failing =
        threshold != null
            && results.stream()
                .flatMap(r -> r.findings().stream())
                .anyMatch(f -> f.severity().atLeast(threshold));
    return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static JsonReport.InputError report(Io io, InputException e) {
    io.err().println(Diagnostics.error(e.getMessage()));
    return new JsonReport.InputError(e.file(), e.getMessage());
  }
}
