package org.wuhealth.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Runs the CLI in process and captures what it prints. The wall clock is fixed (the day after the
 * samples were collected), so that golden reports do not depend on the day the tests run.
 */
final class CliRunner {
  record Run(int exitCode, String out, String err) {}

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

  private CliRunner() {}

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs with another wall clock (to test what depends on a snapshot's age). */
  static Run runAt(Clock clock, String... args) {
    return run(clock, Map.of(), args);
  }

  /** Runs with these environment variables (the proxy, the knowledge folder's defaults). */
  static Run run(Map<String, String> env, String... args) {
    return run(TODAY, env, args);
  }

  /** Runs with a standard output that fails every write, as on a full disk ({@code out} is ""). */
  static Run runWithFullOutput(String... args) {
    PrintWriter full =
        new PrintWriter(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("No space left on device");
              }
            },
            true,
            StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int code = Main.run(args, new Io(full, new PrintWriter(err), Map.of(), false, TODAY));
    return new Run(code, "", err.toString());
  }

  private static Run run(Clock clock, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new Io(new PrintWriter(out), new PrintWriter(err), env, false, clock));
    return new Run(code, out.toString(), err.toString());
  }
}
