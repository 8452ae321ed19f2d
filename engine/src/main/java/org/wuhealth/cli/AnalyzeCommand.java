package org.wuhealth.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.InputLoader;
import org.wuhealth.engine.RuleBase;
import org.wuhealth.importers.ImportLimits;
import org.wuhealth.importers.Importer;
import org.wuhealth.report.JsonReport;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;
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
      "2:usage error or an input that could not be read (the others are still analyzed)",
      "3:internal error"
    })
public final class AnalyzeCommand implements Callable<Integer> {
  enum Format {
    text,
    json
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

  @Option(
      names = "--now",
      paramLabel = "TIME",
      description = "Evaluate as of this ISO-8601 time instead of each snapshot's collectedAt.")
  String now;

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      defaultValue = "64M",
      description =
          "Refuse input files larger than this; K, M, G suffixes (default: ${DEFAULT-VALUE}).")
  String maxFileSize;

  @Mixin FindingOptions findings = new FindingOptions();

  @Mixin RuleOptions rules = new RuleOptions();

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    Io io = parent.io();
    Severity threshold = findings.threshold("analyze");
    Instant evaluationTime;
    long maxBytes;
    try {
      evaluationTime = OptionValues.now(now);
      maxBytes = OptionValues.maxFileSize(maxFileSize);
    } catch (OptionValues.Invalid e) {
      throw new UserError("wuhealth analyze: " + e.getMessage());
    }
    InputLoader loader =
        new InputLoader(
            new SnapshotReader(maxBytes),
            new Importer(ImportLimits.withMaxFileBytes(maxBytes)),
            VersionProvider.version());
    Supplier<RuleBase> ruleBase = rules.startRuleBase(parent.bundledRules());
    Analyzer analyzer = null;
    Analyzer.Options options = findings.analyzerOptions(evaluationTime);
    List<AnalysisResult> results = new ArrayList<>();
    List<JsonReport.InputError> errors = new ArrayList<>();
    for (String input : inputs) {
      for (InputLoader.Loaded loaded : loader.load(input)) {
        if (loaded instanceof InputLoader.Host host) {
          if (analyzer == null) {
            analyzer = new Analyzer(ruleBase.get(), parent.knowledge());
          }
          results.add(analyzer.analyze(host.source(), host.snapshot(), host.warnings(), options));
        } else if (loaded instanceof InputLoader.Failure failure) {
          errors.add(report(io, failure.error()));
        } else if (loaded instanceof InputLoader.Ignored ignored) {
          io.err().println("wuhealth: skipped " + ignored.file() + ": " + ignored.reason());
        }
      }
    }
    findings.print(io, results, errors);
    return exitCode(results, errors, threshold);
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
    io.err().println("wuhealth: error: " + e.getMessage());
    return new JsonReport.InputError(e.file(), e.getMessage());
  }
}
