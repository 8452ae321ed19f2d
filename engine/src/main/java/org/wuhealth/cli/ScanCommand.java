package org.wuhealth.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.RuleBase;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.report.JsonReport;
import org.wuhealth.report.TextReport;
import org.wuhealth.rules.api.ObservedSymptom;
import org.wuhealth.rules.api.RuleSettings;
import org.wuhealth.rules.api.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth scan}: reads this Windows machine live and prints ranked findings. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads this Windows machine live (as 'collect' does) and analyzes it at once, as 'analyze'"
          + " does a snapshot: ranked findings, then the checks that could not run.",
      "Nothing is written unless --out is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error, or not Windows",
      "3:internal error, or not even the Windows build could be read"
    })
public final class ScanCommand implements Callable<Integer> {
  @ParentCommand WuhealthCommand parent;

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
      names = "--scan-max-age",
      paramLabel = "DAYS",
      defaultValue = "7",
      description =
          "A device whose last update scan is older than this counts as not scanning (default:"
              + " ${DEFAULT-VALUE}).")
  int scanMaxAgeDays;

  @Option(
      names = "--explain",
      description = "Show, under each finding, the facts the rule matched.")
  boolean explain;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Also write the collected snapshot here (- is not allowed: stdout has the report).")
  String out;

  @Mixin LiveOptions live = new LiveOptions();

  @Mixin RuleOptions rules = new RuleOptions();

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() {
    Io io = parent.io();
    Severity threshold;
    try {
      threshold = OptionValues.failOn(failOn);
    } catch (OptionValues.Invalid e) {
      throw new UserError("wuhealth scan: " + e.getMessage());
    }
    if (scanMaxAgeDays < 1) {
      throw new UserError("wuhealth scan: --scan-max-age must be at least 1 day");
    }
    for (String symptom : symptoms) {
      if (!ObservedSymptom.KNOWN.contains(symptom)) {
        throw new UserError(
            "wuhealth scan: --symptom must be one of "
                + String.join(", ", ObservedSymptom.KNOWN)
                + "; got '"
                + symptom
                + "'");
      }
    }
    if ("-".equals(out)) {
      throw new UserError(
          "wuhealth scan: --out - would mix the snapshot into the report; give a file");
    }
    Supplier<RuleBase> ruleBase = rules.startRuleBase(parent.bundledRules());
    Snapshot snapshot = LiveCollection.collect("scan", parent.liveHost(), live, io);
    if (out != null) {
      SnapshotOutput.write(io, out, snapshot);
    }
    Analyzer.Options options =
        new Analyzer.Options((Instant) null, List.of(), symptoms, new RuleSettings(scanMaxAgeDays));
    AnalysisResult result =
        new Analyzer(ruleBase.get())
            .analyze("live:" + snapshot.hostName(), snapshot, List.of(), options);
    if (format == AnalyzeCommand.Format.json) {
      io.out()
          .print(JsonReport.render(VersionProvider.version(), List.of(result), List.of(), explain));
    } else {
      boolean color = io.terminal() && !io.env().containsKey("NO_COLOR");
      io.out().print(TextReport.render(List.of(result), color, explain));
    }
    io.out().flush();
    return AnalyzeCommand.exitCode(List.of(result), List.of(), threshold);
  }
}
