package org.wuhealth.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: lists subcommands ({@link #subcommandsFor}). */
@Command(
    name = "wuhealth",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Windows Server update health analyzer: explains why updates fail.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:usage error or unreadable input",
      "3:internal error",
      "4:batch: some inputs could not be read (the others were analysed)"
    })
public final class WuhealthCommand implements Callable<Integer> {
  /** The subcommands, in the order of the top-level help. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          AnalyzeCommand.class,
          ScanCommand.class,
          CollectCommand.class,
          BatchCommand.class,
          CheckPackageCommand.class,
          ImportCommand.class,
          RulesCommand.class,
          KbCommand.class);

  private final Io io;
  private final LiveHost liveHost;
  private final BackgroundRules bundledRules;

  @Spec CommandSpec spec;

  WuhealthCommand(Io io, LiveHost liveHost, BackgroundRules bundledRules) {
    this.io = io;
    this.liveHost = liveHost;
    this.bundledRules = bundledRules;
  }

  Io io() {
    return io;
  }

  /** The bundled rule base, perhaps already being read ({@link BackgroundRules#startsEarly}). */
  BackgroundRules bundledRules() {
    return bundledRules;
  }

  /** The machine that scan, collect and check-package --live read. */
  LiveHost liveHost() {
    return liveHost;
  }

  /**
   * The subcommands a run with these arguments needs: only the one it names, else all of them (for
   * the top-level help, --version and the suggestions after a typo). Picocli reflects over the
   * whole model of every command it is given, which cost about a quarter of a one-shot run's
   * start-up when every command was declared up front.
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> command : SUBCOMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(command);
        }
      }
    }
    return SUBCOMMANDS;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(io.err());
    return ExitCodes.USAGE_OR_INPUT;
  }
}
