package org.wuhealth.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.wuhealth.report.NagiosReport;
import picocli.CommandLine;

/** Entry point: a thin shell around {@link #run}, which tests call in process. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    interpretRulesWithoutJndi();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    ExitGuard.install(err);
    int code = run(args, new Io(out, err, System.getenv(), System.console() != null));
    out.flush();
    err.flush();
    ExitGuard.exit(code);
  }

  /**
   * Drools compiles a constraint to bytecode on a thread pool it looks up through JNDI first; on a
   * runtime without the java.naming module (a jlinked minimal JRE) that lookup's class is missing
   * and the first compiled constraint fails the analysis. There the rules are evaluated
   * interpreted, which gives the same results (one snapshot gains nothing from compiling anyway).
   */
  static void interpretRulesWithoutJndi() {
    if (ModuleLayer.boot().findModule("java.naming").isEmpty()
        && System.getProperty("drools.jittingThreshold") == null) {
      System.setProperty("drools.jittingThreshold", "-1");
    }
  }

  public static int run(String[] args, Io io) {
    return run(args, io, LiveMachine.thisMachine());
  }

  /**
   * Runs with {@code liveMachine} as the machine that live commands read (tests pass recordings).
   */
  public static int run(String[] args, Io io, LiveMachine liveMachine) {
    BackgroundRules bundledRules = new BackgroundRules();
    if (BackgroundRules.startsEarly(args)) {
      bundledRules.start();
    }
    CommandLine cli = new CommandLine(new WuhealthCommand(io, liveMachine, bundledRules));
    WuhealthCommand.subcommandsFor(args).forEach(cli::addSubcommand);
    DebugOption.addTo(cli);
    HelpText.install(cli);
    cli.setOut(io.out());
    cli.setErr(io.err());
    cli.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            io.terminal() && !io.env().containsKey("NO_COLOR")
                ? CommandLine.Help.Ansi.ON
                : CommandLine.Help.Ansi.OFF));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UserError user) {
            user.lines().forEach(io.err()::println);
            return failed(args, io, user.lines().get(0), user.exitCode());
          }
          boolean debug = DebugOption.requested(commandLine);
          io.err()
              .println(
                  Diagnostics.error(
                      "internal error: "
                          + e
                          + (debug ? "" : " (run again with --debug for the stack trace)")));
          if (debug) {
            e.printStackTrace(io.err());
          }
          return failed(args, io, Diagnostics.error("internal error: " + e), ExitCodes.INTERNAL);
        });
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          String line = Diagnostics.error(UsageErrors.describe(e));
          io.err().println(line);
          return failed(args, io, line, ExitCodes.USAGE_OR_INPUT);
        });
    int code = cli.execute(args);
    io.out().flush();
    if (io.out().checkError()) {
      // PrintWriter swallows write errors: a report to a full disk (> /dev/full) or a closed pipe
      // must not look like a success
      io.err()
          .println(
              Diagnostics.error(
                  "cannot write to standard output (the disk is full or the reader went away);"
                      + " the report is incomplete"));
      code = ExitCodes.USAGE_OR_INPUT;
    }
    io.err().flush();
    return code;
  }

  /**
   * The exit code of a run that failed before it could report. A monitor that asked for --format
   * nagios still gets a status line, UNKNOWN: without it a usage error (2) would read as CRITICAL.
   */
  private static int failed(String[] args, Io io, String message, int exitCode) {
    if (!nagiosRequested(args)) {
      return exitCode;
    }
    NagiosReport.Output unknown = NagiosReport.unknown(message);
    io.out().println(unknown.text());
    return unknown.state().exitCode();
  }

  private static boolean nagiosRequested(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format=nagios")
          || (args[i].equals("--format") && i + 1 < args.length && args[i + 1].equals("nagios"))) {
        return true;
      }
    }
    return false;
  }
}
