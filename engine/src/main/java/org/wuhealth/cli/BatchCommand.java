package org.wuhealth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wuhealth.batch.BatchFormat;
import org.wuhealth.batch.BatchRunner;
import org.wuhealth.batch.OutputFolder;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.inputs.InputPlan;
import org.wuhealth.inputs.Inputs;
import org.wuhealth.io.AtomicFile;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.report.MonitoringThresholds;
import org.wuhealth.rules.fleet.FleetPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth batch PATH...}: a whole fleet, in parallel, into files. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Analyzes a fleet of snapshots and raw exports in parallel and writes findings.jsonl,"
          + " hosts.csv, errors.jsonl, summary.json and report.html into --out, then evaluates the"
          + " fleet rules across hosts. Raw exports are grouped by the host they describe, as"
          + " analyze groups them.",
      "Outputs are in input order and byte-identical on re-runs, whatever --jobs is."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was read and no finding is at or above --fail-on",
      "1:findings (host or fleet) at or above --fail-on",
      "2:usage error, or no input at all",
      "3:internal error",
      "4:some inputs could not be read (the others were analysed; see errors.jsonl)",
      "With --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN, for the whole fleet."
    })
public final class BatchCommand implements Callable<Integer> {
  /** Unreadable inputs and skipped files echoed on stderr; errors.jsonl has every failure. */
  static final int MAX_ERRORS_SHOWN = 20;

  @ParentCommand WuhealthCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Snapshots, raw exports, support bundles (a directory or .zip per host), directories"
              + " of these (searched recursively) or globs.")
  List<String> inputs;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Worker threads (default: the number of processors, here ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "wuhealth-batch",
      description =
          "Output directory, created when missing (default: ${DEFAULT-VALUE}); its files are"
              + " never read as inputs.")
  Path out;

  @Option(
      names = "--format",
      defaultValue = "all",
      description =
          "Per-host outputs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); errors.jsonl"
              + " and summary.json are always written. nagios prints one status for the fleet;"
              + " prometheus writes wuhealth.prom.")
  BatchFormat format;

  @Mixin MonitoringOptions monitoring = new MonitoringOptions();

  @Mixin FailOnOption failOn = new FailOnOption();

  @Mixin NowOption now = new NowOption();

  @Mixin MaxFileSizeOption maxFileSize = new MaxFileSizeOption();

  @Mixin RuleSettingsOption ruleSettings = new RuleSettingsOption();

  @Mixin RuleOptions rules = new RuleOptions();

  @Mixin BudgetOption budget = new BudgetOption();

  @Override
  public Integer call() throws IOException, InterruptedException {
    Io io = parent.io();
    if (jobs < 1 || jobs > 256) {
      throw new UserError("--jobs must be between 1 and 256; got " + jobs);
    }
    MonitoringThresholds thresholds = monitoring.thresholds();

    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("--out must name a directory; " + out + " is a file");
    }
    Inputs inputs =
        new Inputs(maxFileSize.bytes, VersionProvider.version(), out, OutputFolder.NAMES);
    InputPlan plan = inputs.plan(this.inputs);
    if (plan.hosts().isEmpty()) {
      throw new UserError("no input: " + plan.whyNoHost());
    }
    BatchRunner runner =
        new BatchRunner(
            new Analyzer(rules.ruleBase(), parent.knowledge()),
            new FleetAnalyzer(BundledRules.compileFleet()),
            inputs::load,
            new BatchRunner.Options(
                jobs,
                ruleSettings.analysis(now.time).today(io.clock().instant()),
                format,
                failOn.threshold,
                FleetPolicy.DEFAULT,
                thresholds,
                budget.budget()));
    Listener listener = new Listener(io, plan.hosts().size());
    long start = System.nanoTime();
    BatchRunner.Outcome outcome;
    try {
      outcome = runner.run(plan, out, VersionProvider.version(), listener);
    } catch (IOException e) {
      // every IOException of a run is an output's (inputs fail one host each): --out is a file, is
      // read-only, under /proc, full, or holds a file of an output's name that is not ours
      listener.finish();
      throw new UserError(
          e instanceof OutputFolder.Conflict
              ? e.getMessage()
              : out + ": cannot write the outputs: " + AtomicFile.describe(e));
    }
    listener.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    io.err()
        .println(
            Diagnostics.note(
                String.format(
                    Locale.ROOT,
                    "%,d inputs: %,d hosts analysed, %,d unreadable, %,d files skipped; %,d"
                        + " hosts with findings at or above %s; %,d fleet findings; %.1f s, %,.0f"
                        + " hosts/s; outputs in %s",
                    outcome.inputs(),
                    outcome.analyzed(),
                    outcome.failed(),
                    outcome.skipped(),
                    outcome.atOrAboveFailOn(),
                    failOn.label(),
                    outcome.fleetFindings(),
                    seconds,
                    seconds > 0 ? outcome.analyzed() / seconds : 0.0,
                    out)));
    if (outcome.nagios() != null) {
      io.out().print(outcome.nagios().text());
      io.out().flush();
      return outcome.nagios().state().exitCode();
    }
    if (outcome.failed() > 0) {
      return ExitCodes.INPUTS_FAILED;
    }
    return outcome.atOrAboveFailOn() > 0 || outcome.fleetAtOrAboveFailOn()
        ? ExitCodes.FINDINGS
        : ExitCodes.OK;
  }

  /** Progress on a terminal, and the first unreadable inputs and skipped files, on stderr. */
  private static final class Listener implements BatchRunner.Listener {
    private final Io io;
    private final ProgressBar progress;
    private int errors;
    private int skipped;

    Listener(Io io, long total) {
      this.io = io;
      this.progress = io.terminal() ? new ProgressBar(io.err(), total) : null;
    }

    @Override
    public void done(long count) {
      if (progress != null) {
        progress.update(count);
      }
    }

    @Override
    public void error(String message) {
      errors++;
      if (errors <= MAX_ERRORS_SHOWN) {
        if (progress != null) {
          progress.clear();
        }
        io.err().println(Diagnostics.error(message));
      }
    }

    @Override
    public void skipped(Skipped file) {
      skipped++;
      if (skipped <= MAX_ERRORS_SHOWN) {
        if (progress != null) {
          progress.clear();
        }
        io.err().println(Diagnostics.note("skipped " + file.file() + ": " + file.reason()));
      }
    }

    void finish() {
      if (progress != null) {
        progress.clear();
      }
      if (errors > MAX_ERRORS_SHOWN) {
        io.err()
            .println(
                Diagnostics.note(
                    (errors - MAX_ERRORS_SHOWN)
                        + " more unreadable inputs are listed in errors.jsonl"));
      }
      if (skipped > MAX_ERRORS_SHOWN) {
        io.err()
            .println(Diagnostics.note((skipped - MAX_ERRORS_SHOWN) + " more files were skipped"));
      }
    }
  }
}
