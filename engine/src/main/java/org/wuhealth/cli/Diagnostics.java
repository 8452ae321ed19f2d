package org.wuhealth.cli;

import org.wuhealth.report.TerminalText;

/**
 * The one style of every line wuhealth writes to stderr: {@code wuhealth: error: ...} for errors,
 * {@code wuhealth: warning: ...} for warnings, {@code wuhealth: ...} for notes. Every command, the
 * usage errors and the logging go through here, so the wording is changed in one place. Text from
 * inputs in a message cannot reach the terminal raw ({@link TerminalText}): an error stays one
 * line.
 */
public final class Diagnostics {
  private static final String TOOL = "wuhealth: ";

  private Diagnostics() {}

  public static String error(String message) {
    return TOOL + "error: " + TerminalText.clean(message);
  }

  public static String warning(String message) {
    return TOOL + "warning: " + TerminalText.clean(message);
  }

  public static String note(String message) {
    return TOOL + TerminalText.clean(message);
  }
}
