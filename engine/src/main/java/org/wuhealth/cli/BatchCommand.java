package org.wuhealth.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wuhealth.batch.BatchFormat;
import org.wuhealth.batch.BatchRunner;
import org.wuhealth.batch.HostLoader;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.engine.InputFiles;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.fleet.FleetPolicy;
import org.wuhealth.snapshot.InputException;
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
      "Analyzes a fleet of snapshots in parallel and writes findings.jsonl, hosts.csv,"
          + " errors.jsonl, summary.json and report.html into --out, then evaluates the fleet"
          + " rules across hosts.",
      "Outputs are in input order and byte-identical on re-runs, whatever --jobs is."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was read and no finding is at or above --fail-on",
      "1:findings (host or fleet) at or above --fail-on",
      "2:usage error",
      "3:internal error",
      "4:some inputs could not be read (the others were analysed; see errors.jsonl)"
    })
public final class BatchCommand implements Callable<Integer> {
  /** Unreadable inputs echoed on stderr; errors.jsonl has them all. */
  static final int MAX_ERRORS_SHOWN = 20;

  @ParentCommand WuhealthCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Snapshot files, directories (searched recursively) or globs.")
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
      description = "Output directory, created when missing (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--format",
      defaultValue = "all",
      description =
          "Per-host outputs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); errors.jsonl"
              + " and summary.json are always written.")
  BatchFormat format;

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

  @Mixin RuleOptions rules = new RuleOptions();

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException, InterruptedException {
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
    if (jobs < 1 || jobs > 256) {
      return usage(io, "--jobs must be between 1 and 256; got " + jobs);
    }

    List<Path> files = new ArrayList<>();
    List<InputException> argumentErrors = new ArrayList<>();
    for (String input : inputs) {
      try {
        files.addAll(InputFiles.expand(input));
      } catch (InputException e) {
        argumentErrors.add(e);
      }
    }
    BatchRunner runner =
        new BatchRunner(
            new Analyzer(rules.ruleBase(), parent.knowledge()),
            new FleetAnalyzer(BundledRules.compileFleet()),
            HostLoader.standard(maxBytes, VersionProvider.version()),
            new BatchRunner.Options(jobs, evaluationTime, format, threshold, FleetPolicy.DEFAULT));
    Listener listener = new Listener(io, files.size());
    long start = System.nanoTime();
    BatchRunner.Outcome outcome =
        runner.run(files, argumentErrors, out, VersionProvider.version(), listener);
    listener.finish();
    double seconds = (System.nanoTime() - start) / 1e9;
    io.err()
        .println(
            String.format(
                Locale.ROOT,
                "wuhealth batch: %,d inputs: %,d hosts analysed, %,d unreadable; %,d hosts with"
                    + " findings at or above %s; %,d fleet findings; %.1f s, %,.0f hosts/s;"
                    + " outputs in %s",
                outcome.inputs(),
                outcome.analyzed(),
                outcome.failed(),
                outcome.atOrAboveFailOn(),
                failOn,
                outcome.fleetFindings(),
                seconds,
                seconds > 0 ? outcome.analyzed() / seconds : 0.0,
                out));
    if (outcome.failed() > 0) {
      return ExitCodes.INPUTS_FAILED;
    }
    return outcome.atOrAboveFailOn() > 0 || outcome.fleetAtOrAboveFailOn()
        ? ExitCodes.FINDINGS
        : ExitCodes.OK;
  }

  /** Progress on a terminal, and the first unreadable inputs, on stderr. */
  private static final class Listener implements BatchRunner.Listener {
    private final Io io;
    private final ProgressBar progress;
    private int errors;

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
        io.err().println("wuhealth: error: " + message);
      }
    }

    void finish() {
      if (progress != null) {
        progress.clear();
      }
      if (errors > MAX_ERRORS_SHOWN) {
        io.err()
            .println(
                "wuhealth: "
                    + (errors - MAX_ERRORS_SHOWN)
                    + " more unreadable inputs are listed in errors.jsonl");
      }
    }
  }

  private static int usage(Io io, String message) {
    io.err().println("wuhealth batch: " + message);
    return ExitCodes.USAGE_OR_INPUT;
  }
}
