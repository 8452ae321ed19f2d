package org.wuhealth.snapshot;

/**
 * An input file that cannot be used, with where and why, printable as one line: {@code
 * file:line:column: message} or {@code file: /json/pointer: message}.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String place;
  private final String reason;

  /**
   * @param file the file as the user named it
   * @param place "line:column", a JSON pointer, a pointer with its line:column, or null
   * @param reason what is wrong and, where it helps, what was expected
   */
  public InputException(String file, String place, String reason) {
    super(format(file, place, reason));
    this.file = file;
    this.place = place;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** Line:column or JSON pointer, or null when the whole file is concerned. */
  public String place() {
    return place;
  }

  public String reason() {
    return reason;
  }

  private static String format(String file, String place, String reason) {
    if (place == null || place.isEmpty()) {
      return file + ": " + reason;
    }
    return place.startsWith("/") || place.startsWith("(")
        ? file + ": " + place + ": " + reason
        : file + ":" + place + ": " + reason;
  }
}
