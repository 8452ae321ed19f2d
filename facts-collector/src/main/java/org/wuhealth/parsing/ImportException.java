package org.wuhealth.parsing;

/**
 * A file that cannot be imported, with where and why. Prints as one line: {@code file:line:column:
 * reason}, {@code file:line: reason} or {@code file: reason}.
 */
public final class ImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final Integer line;
  private final Integer column;
  private final String reason;

  public ImportException(String file, Integer line, String reason) {
    this(file, line, null, reason);
  }

  /** With the 1-based column of the line, where the parser knows it (XML); ignored without one. */
  public ImportException(String file, Integer line, Integer column, String reason) {
    super(
        file
            + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column))
            + ": "
            + reason);
    this.file = file;
    this.line = line;
    this.column = line == null ? null : column;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** The 1-based line, or null when the whole file is concerned. */
  public Integer line() {
    return line;
  }

  /** The 1-based column of {@link #line()}, or null when it is not known. */
  public Integer column() {
    return column;
  }

  public String reason() {
    return reason;
  }
}
