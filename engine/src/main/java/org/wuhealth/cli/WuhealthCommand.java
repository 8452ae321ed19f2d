package org.wuhealth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: lists subcommands. */
@Command(
    name = "wuhealth",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Windows Server update health analyzer: explains why updates fail.",
    subcommands = {
      AnalyzeCommand.class,
      ScanCommand.class,
      CollectCommand.class,
      BatchCommand.class,
      CheckPackageCommand.class,
      ImportCommand.class,
      RulesCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error or unreadable input",
      "3:internal error",
      "4:batch: some inputs could not be read (the others were analysed)"
    })
public final class WuhealthCommand implements Callable<Integer> {
  private final Io io;
  private final LiveHost liveHost;

  @Spec CommandSpec spec;

  public WuhealthCommand(Io io, LiveHost liveHost) {
    this.io = io;
    this.liveHost = liveHost;
  }

  Io io() {
    return io;
  }

  /** The machine that scan, collect and check-package --live read. */
  LiveHost liveHost() {
    return liveHost;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(io.err());
    return ExitCodes.USAGE_OR_INPUT;
  }
}
