package org.wuhealth.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.report.JsonReport;
import org.wuhealth.report.NagiosReport;
import org.wuhealth.report.PrometheusMetrics;
import org.wuhealth.report.TextReport;
import org.wuhealth.rules.api.Severity;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that print ranked findings for hosts ({@code analyze}, {@code scan}):
 * how to print them, when to fail, the symptoms seen and the rules' settings.
 */
final class FindingOptions {
  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AnalyzeCommand.Format format;

  @Mixin FailOnOption failOn = new FailOnOption();

  @Option(
      names = "--symptom",
      paramLabel = "SYMPTOM",
      converter = OptionValues.DeclaredSymptom.class,
      completionCandidates = OptionValues.DeclaredSymptom.class,
      description =
          "A symptom you see (repeatable): ${COMPLETION-CANDIDATES}. Causes that explain it rank"
              + " higher.")
  List<String> symptoms = new ArrayList<>();

  @Option(
      names = "--explain",
      description =
          "Show, under each finding, the facts the rule matched (from the engine's match).")
  boolean explain;

  @Mixin RuleSettingsOption ruleSettings = new RuleSettingsOption();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the report to this file instead of standard output, replaced in one step (a"
              + " monitoring agent may be reading it).")
  String out;

  @Mixin MonitoringOptions monitoring = new MonitoringOptions();

  /** The --fail-on threshold (null for none). */
  Severity threshold() {
    return failOn.threshold;
  }

  /** How to analyze: as of {@code evaluationTime} (null: each snapshot's own time). */
  Analyzer.Options analyzerOptions(Instant evaluationTime) {
    return ruleSettings.analysis(evaluationTime).withSymptoms(symptoms);
  }

  /**
   * Prints the results in the chosen format (to --out when given; colour only on a terminal without
   * NO_COLOR) and returns the exit code: the Nagios state for --format nagios, else whether a
   * finding reaches --fail-on. A scan has no host labels in its metrics: the exporter adds its own.
   * The text report lists every check that could not run with {@code listNotChecked}, else sums
   * them up in one line (JSON always lists them).
   */
  int print(
      Io io,
      String command,
      List<AnalysisResult> results,
      List<JsonReport.InputError> errors,
      Severity threshold,
      boolean listNotChecked) {
    int code = AnalyzeCommand.exitCode(results, errors, threshold);
    String report;
    switch (format) {
      case json -> report = JsonReport.render(VersionProvider.version(), results, errors, explain);
      case nagios -> {
        NagiosReport.Output nagios = NagiosReport.render(results, errors, monitoring.thresholds());
        report = nagios.text();
        code = nagios.state().exitCode();
      }
      case prometheus ->
          report = PrometheusMetrics.render(results, errors, !"scan".equals(command));
      default -> {
        boolean color = out == null && io.terminal() && !io.env().containsKey("NO_COLOR");
        report = TextReport.render(results, new TextReport.Options(color, explain, listNotChecked));
      }
    }
    ReportOutput.write(io, out, report);
    return code;
  }
}
