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
import org.wuhealth.report.TextReport;
import org.wuhealth.rules.api.ObservedSymptom;
import org.wuhealth.rules.api.RuleSettings;
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
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "high",
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a finding is this severe or worse: critical, high, medium, low, info, or none"
              + " (default: ${DEFAULT-VALUE}).")
  String failOn;

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

  @Option(
      names = "--symptom",
      paramLabel = "SYMPTOM",
      description =
          "A symptom you see (repeatable): not-applicable, not-receiving, unexpected-update,"
              + " wsus-connection. Causes that explain it rank higher.")
  List<String> symptoms = new ArrayList<>();

  @Option(
      names = "--explain",
      description =
          "Show, under each finding, the facts the rule matched (from the engine's match).")
  boolean explain;

  @Mixin RuleOptions rules = new RuleOptions();

  @Option(
      names = "--scan-max-age",
      paramLabel = "DAYS",
      defaultValue = "7",
      description =
          "A device whose last update scan is older than this counts as not scanning"
              + " (NR-NOT-SCANNING; default: ${DEFAULT-VALUE}).")
  int scanMaxAgeDays;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    Io io = parent.io();
    Severity threshold;
    Instant evaluationTime;
    long maxBytes;
    try {
      threshold = OptionValues.failOn(failOn);
      evaluationTime = OptionValues.now(now);
      maxBytes = OptionValues.maxFileSize(maxFileSize);
    } catch (OptionValues.Invalid e) {
      return usage(io, e.getMessage());
    }
    if (scanMaxAgeDays < 1) {
      return usage(io, "--scan-max-age must be at least 1 day; got " + scanMaxAgeDays);
    }

    for (String symptom : symptoms) {
      if (!ObservedSymptom.KNOWN.contains(symptom)) {
        return usage(
            io,
            "--symptom must be one of "
                + String.join(", ", ObservedSymptom.KNOWN)
                + "; got '"
                + symptom
                + "'");
      }
    }
    InputLoader loader =
        new InputLoader(
            new SnapshotReader(maxBytes),
            new Importer(ImportLimits.withMaxFileBytes(maxBytes)),
            VersionProvider.version());
    Supplier<RuleBase> ruleBase = rules.startRuleBase(parent.bundledRules());
    Analyzer analyzer = null;
    Analyzer.Options options =
        new Analyzer.Options(evaluationTime, List.of(), symptoms, new RuleSettings(scanMaxAgeDays));
    List<AnalysisResult> results = new ArrayList<>();
    List<JsonReport.InputError> errors = new ArrayList<>();
    for (String input : inputs) {
      for (InputLoader.Loaded loaded : loader.load(input)) {
        if (loaded instanceof InputLoader.Host host) {
          if (analyzer == null) {
            analyzer = new Analyzer(ruleBase.get());
          }
          results.add(analyzer.analyze(host.source(), host.snapshot(), host.warnings(), options));
        } else if (loaded instanceof InputLoader.Failure failure) {
          errors.add(report(io, failure.error()));
        } else if (loaded instanceof InputLoader.Ignored ignored) {
          io.err().println("wuhealth: skipped " + ignored.file() + ": " + ignored.reason());
        }
      }
    }
    if (format == Format.json) {
      io.out().print(JsonReport.render(VersionProvider.version(), results, errors, explain));
    } else {
      boolean color = io.terminal() && !io.env().containsKey("NO_COLOR");
      io.out().print(TextReport.render(results, color, explain));
    }
    io.out().flush();
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

  private static int usage(Io io, String message) {
    io.err().println("wuhealth analyze: " + message);
    return ExitCodes.USAGE_OR_INPUT;
  }
}
