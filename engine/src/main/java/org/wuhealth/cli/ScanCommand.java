package org.wuhealth.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.RuleBase;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.report.PrometheusMetrics;
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
      "Nothing is written unless --out (the report) or --snapshot-out is given."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error, or not Windows",
      "3:internal error, or not even the Windows build could be read",
      "With --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."
    })
public final class ScanCommand implements Callable<Integer> {
  @ParentCommand WuhealthCommand parent;

  @Option(
      names = "--snapshot-out",
      paramLabel = "FILE",
      description = "Also write the collected snapshot here.")
  String snapshotOut;

  @Mixin FindingOptions findings = new FindingOptions();

  @Mixin LiveOptions live = new LiveOptions();

  @Mixin RuleOptions rules = new RuleOptions();

  @Override
  public Integer call() {
    Io io = parent.io();
    Severity threshold = findings.threshold();
    if ("-".equals(snapshotOut)) {
      throw new UserError("--snapshot-out - would mix the snapshot into the report; give a file");
    }
    Supplier<RuleBase> ruleBase = rules.startRuleBase(parent.bundledRules());
    Snapshot snapshot;
    try {
      snapshot = LiveCollection.collect("scan", parent.liveMachine(), live, io);
    } catch (UserError e) {
      if (findings.format == AnalyzeCommand.Format.prometheus) {
        // A textfile collector would go on serving the last scan's findings: say it failed.
        ReportOutput.write(io, findings.out, PrometheusMetrics.collectionFailed());
      }
      throw e;
    }
    if (snapshotOut != null) {
      SnapshotOutput.write(io, snapshotOut, snapshot);
    }
    Analyzer.Options options = findings.analyzerOptions(null);
    AnalysisResult result =
        new Analyzer(ruleBase.get(), parent.knowledge())
            .analyze("live:" + snapshot.hostName(), snapshot, List.of(), options);
    return findings.print(io, "scan", List.of(result), List.of(), threshold, live.verbose);
  }
}
