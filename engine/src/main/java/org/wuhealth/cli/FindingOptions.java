package org.wuhealth.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.report.JsonReport;
import org.wuhealth.report.TextReport;
import org.wuhealth.rules.api.ObservedSymptom;
import org.wuhealth.rules.api.RuleSettings;
import org.wuhealth.rules.api.Severity;
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

  @Option(
      names = "--fail-on",
      defaultValue = "high",
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a finding is this severe or worse: critical, high, medium, low, info, or none"
              + " (default: ${DEFAULT-VALUE}).")
  String failOn;

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

  @Option(
      names = "--scan-max-age",
      paramLabel = "DAYS",
      defaultValue = "7",
      description =
          "A device whose last update scan is older than this counts as not scanning"
              + " (NR-NOT-SCANNING; default: ${DEFAULT-VALUE}).")
  int scanMaxAgeDays;

  /**
   * Checks these options and returns the --fail-on threshold (null for none); a bad value is a
   * {@link UserError}.
   */
  Severity threshold(String command) {
    Severity threshold;
    try {
      threshold = OptionValues.failOn(failOn);
    } catch (OptionValues.Invalid e) {
      throw new UserError(e.getMessage());
    }
    if (scanMaxAgeDays < 1) {
      throw new UserError("--scan-max-age must be at least 1 day; got " + scanMaxAgeDays);
    }
    for (String symptom : symptoms) {
      if (!ObservedSymptom.KNOWN.contains(symptom)) {
        throw new UserError(
            "--symptom must be one of "
                + String.join(", ", ObservedSymptom.KNOWN)
                + "; got '"
                + symptom
                + "'");
      }
    }
    return threshold;
  }

  /** How to analyze: as of {@code evaluationTime} (null: each snapshot's own time). */
  Analyzer.Options analyzerOptions(Instant evaluationTime) {
    return new Analyzer.Options(
        evaluationTime, List.of(), symptoms, new RuleSettings(scanMaxAgeDays));
  }

  /**
   * Prints the results in the chosen format; colour only on a terminal without NO_COLOR. The text
   * report lists every check that could not run with {@code listNotChecked}, else sums them up in
   * one line (JSON always lists them).
   */
  void print(
      Io io,
      List<AnalysisResult> results,
      List<JsonReport.InputError> errors,
      boolean listNotChecked) {
    if (format == AnalyzeCommand.Format.json) {
      io.out().print(JsonReport.render(VersionProvider.version(), results, errors, explain));
    } else {
      boolean color = io.terminal() && !io.env().containsKey("NO_COLOR");
      io.out()
          .print(
              TextReport.render(results, new TextReport.Options(color, explain, listNotChecked)));
    }
    io.out().flush();
  }
}
