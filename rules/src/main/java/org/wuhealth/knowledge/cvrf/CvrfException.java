package org.wuhealth.knowledge.cvrf;

/**
 * A CVRF document that cannot be used: unreadable, truncated, not CVRF, or given twice. The message
 * is one line naming the file and, where known, the place in it (line:column, or a JSON pointer).
 */
public final class CvrfException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;

  public CvrfException(String file, String place, String message) {
    super(file + (place == null || place.isEmpty() ? "" : ":" + place) + ": " + message);
    this.file = file;
  }

  public CvrfException(String file, String place, String message, Throwable cause) {
    this(file, place, message);
    initCause(cause);
  }

  /** The file (or URL, or zip entry as {@code archive.zip!/entry}) the problem is in. */
  public String file() {
    return file;
  }
}
