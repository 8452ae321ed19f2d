package org.wuhealth.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.PackageChecker;
import org.wuhealth.engine.PackageReport;
import org.wuhealth.engine.PackageVerdict;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.inputs.InputPlan;
import org.wuhealth.inputs.Inputs;
import org.wuhealth.inputs.Loaded;
import org.wuhealth.report.JsonReport;
import org.wuhealth.report.PackageCheckReport;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wuhealth check-package NAME_OR_PATH... --snapshot FILE | --live}: will these packages
 * install on the host a snapshot describes, or on this machine, and if not, why?
 */
@Command(
    name = "check-package",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks update packages against a host before installing them: prints 'applicable' or the"
          + " ranked causes that would make Windows call a package not applicable.",
      "A package is named by its file name or path (windows8.1-kb2919355-x64_<sha1>.msu, .cab)"
          + " or by a KB number alone (then its architecture cannot be checked)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every package is applicable, or no cause was found (the report lists what could not be"
          + " checked)",
      "1:a package has a cause at or above --fail-on (default info: any cause)",
      "2:usage error, a name that is not a package, or an unreadable host (or inputs of several"
          + " hosts)",
      "3:internal error"
    })
public final class CheckPackageCommand implements Callable<Integer> {
  @ParentCommand WuhealthCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "NAME_OR_PATH",
      description = "Update package file names or paths (.msu, .cab), or KB numbers.")
  List<String> packages;

  /** What the packages are checked against: a snapshot or exports, or this machine read live. */
  static final class Target {
    @Option(
        names = "--snapshot",
        required = true,
        paramLabel = "PATH",
        description =
            "The host the packages are meant for: its snapshot (format v1), or its raw exports"
                + " (a file, a folder or a .zip of one host).")
    String snapshot;

    @Option(
        names = "--live",
        required = true,
        description = "Check against this Windows machine, read live (as 'collect' does).")
    boolean live;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Mixin LiveOptions liveOptions = new LiveOptions();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AnalyzeCommand.Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "info",
      paramLabel = "SEVERITY",
      converter = OptionValues.FailOn.class,
      description =
          "Exit 1 when a package has a cause this severe or worse: critical, high, medium, low,"
              + " info, or none (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Mixin NowOption now = new NowOption();

  @Mixin MaxFileSizeOption maxFileSize = new MaxFileSizeOption();

  @Mixin RuleSettingsOption ruleSettings = new RuleSettingsOption();

  @Override
  public Integer call() {
    Io io = parent.io();
    SnapshotReader.Loaded loaded;
    try {
      loaded = target.live ? live(io) : readHost(maxFileSize.bytes);
    } catch (InputException e) {
      io.err().println(Diagnostics.error(e.getMessage()));
      if (format == AnalyzeCommand.Format.json) {
        io.out()
            .print(
                PackageCheckReport.json(
                    VersionProvider.version(),
                    null,
                    List.of(new JsonReport.InputError(e.file(), e.getMessage()))));
      }
      return ExitCodes.USAGE_OR_INPUT;
    }
    PackageReport report =
        new PackageChecker(BundledRules.load(), parent.knowledge())
            .check(
                loaded.file(),
                loaded.snapshot(),
                loaded.warnings(),
                packages,
                ruleSettings.analysis(now.time));
    for (PackageVerdict v : report.packages()) {
      if (v.verdict() == PackageVerdict.Verdict.UNPARSEABLE) {
        io.err().println(Diagnostics.error(v.input() + ": " + v.problem()));
      }
    }
    if (format == AnalyzeCommand.Format.json) {
      io.out().print(PackageCheckReport.json(VersionProvider.version(), report, List.of()));
    } else {
      io.out()
          .print(
              PackageCheckReport.text(report, io.terminal() && !io.env().containsKey("NO_COLOR")));
    }
    io.out().flush();
    return exitCode(report, failOn);
  }

  /** The one host --snapshot names, read as analyze reads it. */
  private SnapshotReader.Loaded readHost(long maxBytes) throws InputException {
    Inputs inputs = new Inputs(maxBytes, VersionProvider.version());
    InputPlan plan = inputs.plan(List.of(target.snapshot));
    if (plan.hosts().isEmpty()) {
      throw new InputException(target.snapshot, null, "no host: " + plan.whyNoHost());
    }
    if (plan.hosts().size() > 1) {
      throw new InputException(
          target.snapshot,
          null,
          "holds "
              + plan.hosts().size()
              + " hosts; check a package against one host (one snapshot, or one folder or zip of"
              + " exports)");
    }
    Loaded loaded = inputs.load(plan.hosts().get(0));
    if (loaded instanceof Loaded.Failure failure) {
      throw failure.error();
    }
    Loaded.Ready h = (Loaded.Ready) loaded;
    return new SnapshotReader.Loaded(h.source(), h.snapshot(), h.warnings());
  }

  private SnapshotReader.Loaded live(Io io) {
    Snapshot s = LiveCollection.collect("check-package", parent.liveMachine(), liveOptions, io);
    return new SnapshotReader.Loaded("live:" + s.hostName(), s, List.of());
  }

  static int exitCode(PackageReport report, Severity threshold) {
    if (report.packages().stream()
        .anyMatch(v -> v.verdict() == PackageVerdict.Verdict.UNPARSEABLE)) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    boolean failing =
        threshold != null
            && report.packages().stream()
                .flatMap(v -> v.causes().stream())
                .anyMatch(f -> f.severity().atLeast(threshold));
    return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
