package org.wuhealth.parsing;

/**
 * A file that cannot be imported, with where and why. Prints as one line: {@code file:line: reason}
 * or {@code file: reason}.
 */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final Integer line;
  private final String reason;

  public ImportException(String file, Integer line, String reason) {
    super(file + (line == null ? "" : ":" + line) + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** The 1-based line, or null when the whole file is concerned. */
  public Integer line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
