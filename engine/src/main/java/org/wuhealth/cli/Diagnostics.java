package org.wuhealth.cli;

/**
 * The one style of every line wuhealth writes to stderr: {@code wuhealth: error: ...} for errors,
 * {@code wuhealth: warning: ...} for warnings, {@code wuhealth: ...} for notes. Every command, the
 * usage errors and the logging go through here, so the wording is changed in one place.
 */
public final class Diagnostics {
  private static final String TOOL = "wuhealth: ";

  private Diagnostics() {}

  public static String error(String message) {
    return TOOL + "error: " + message;
  }

  public static String warning(String message) {
    return TOOL + "warning: " + message;
  }

  public static String note(String message) {
    return TOOL + message;
  }
}
