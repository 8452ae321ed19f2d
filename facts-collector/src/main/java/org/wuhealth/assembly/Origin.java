package org.wuhealth.assembly;

/**
 * Where a fact came from: the file (or, for a live collection, the source) and its format, and the
 * line when one is known.
 */
public record Origin(String file, String format, Integer line) {
  /** The same file at one line. */
  public Origin at(int line) {
    return new Origin(file, format, line);
  }
}
