package org.wuhealth.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.KnowledgeOverlay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
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
  private final LiveMachine liveMachine;
  private final BackgroundRules bundledRules;

  @Spec CommandSpec spec;

  @Option(
      names = "--knowledge",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "The folder of the update knowledge that kb update writes and every command reads on top"
              + " of the bundled tables (default: %%ProgramData%%\\wuhealth\\knowledge on Windows,"
              + " $XDG_DATA_HOME/wuhealth/knowledge or ~/.local/share/wuhealth/knowledge elsewhere).")
  Path knowledgeDir;

  private Knowledge knowledge;
  private boolean overlayRefused;

  WuhealthCommand(Io io, LiveMachine liveMachine, BackgroundRules bundledRules) {
    this.io = io;
    this.liveMachine = liveMachine;
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
  LiveMachine liveMachine() {
    return liveMachine;
  }

  /** The overlay folder: --knowledge, else the default one; null when the environment has none. */
  Path knowledgeDir() {
    return knowledgeDir != null
        ? knowledgeDir
        : KnowledgeLocation.defaultDir(io.env(), System.getProperty("os.name", ""));
  }

  /**
   * The knowledge the analysing commands use: the bundled tables, with the overlay of {@link
   * #knowledgeDir} on top when there is one. A damaged overlay is refused with one line on stderr.
   */
  synchronized Knowledge knowledge() {
    if (knowledge == null) {
      knowledge = Knowledge.get();
      Path dir = knowledgeDir();
      if (dir != null) {
        try {
          knowledge = KnowledgeOverlay.load(dir).map(Knowledge::withOverlay).orElse(knowledge);
        } catch (KnowledgeOverlay.Refused e) {
          overlayRefused = true;
          io.err().println("wuhealth: warning: " + e.getMessage());
        }
      }
    }
    return knowledge;
  }

  /** True when {@link #knowledge} found an overlay and refused it. */
  synchronized boolean overlayRefused() {
    return overlayRefused;
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
