package org.wuhealth.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * The streams, environment and clock a command runs with, passed in (not taken from System) so that
 * tests run the whole CLI in process.
 *
 * @param terminal true when stdout is an interactive terminal (colour, progress)
 * @param clock the wall clock, only to tell how old a snapshot is (never the evaluation time)
 */
public record Io(
    PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, Clock clock) {

  public Io(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    this(out, err, env, terminal, Clock.systemUTC());
  }
}
