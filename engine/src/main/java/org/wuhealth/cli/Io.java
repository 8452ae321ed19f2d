package org.wuhealth.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * The streams and environment a command runs with, passed in (not taken from System) so that tests
 * run the whole CLI in process.
 *
 * @param terminal true when stdout is an interactive terminal (colour, progress)
 */
public record Io(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {}
