package org.wuhealth.cli;

import java.util.List;

/**
 * Something the user can fix (bad rule files, unknown rule ids, a file that cannot be written),
 * with the lines to print and the exit code. Never a stack trace.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  UserError(int exitCode, List<String> lines) {
    super(String.join("\n", lines), null, false, false);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  UserError(String line) {
    this(ExitCodes.USAGE_OR_INPUT, List.of(line));
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
