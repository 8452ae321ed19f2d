package org.wuhealth.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Something the user can fix (bad rule files, unknown rule ids, a file that cannot be written): the
 * error lines ({@link Diagnostics#error}), perhaps some advice, and the exit code. Never a stack
 * trace.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  /** One error, exit code 2. */
  UserError(String message) {
    this(ExitCodes.USAGE_OR_INPUT, List.of(message));
  }

  /** Several errors (every mistake in a set of rule folders, say), one line each. */
  UserError(int exitCode, List<String> messages) {
    this(exitCode, messages, List.of());
  }

  /** Errors, then lines of advice printed as they are. */
  UserError(int exitCode, List<String> messages, List<String> advice) {
    super(String.join("\n", messages), null, false, false);
    this.exitCode = exitCode;
    List<String> all = new ArrayList<>();
    messages.forEach(m -> all.add(Diagnostics.error(m)));
    all.addAll(advice);
    this.lines = List.copyOf(all);
  }

  int exitCode() {
    return exitCode;
  }

  List<String> lines() {
    return lines;
  }
}
