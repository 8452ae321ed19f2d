package org.wuhealth.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in process and captures what it prints. */
final class CliRunner {
  record Run(int exitCode, String out, String err) {}

  private CliRunner() {}

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs with these environment variables (the proxy, the knowledge folder's defaults). */
  static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new Io(new PrintWriter(out), new PrintWriter(err), env, false));
    return new Run(code, out.toString(), err.toString());
  }
}
