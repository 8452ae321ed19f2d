package org.wuhealth.importers.text;

/**
 * Decimal numbers read from exports, where a run of digits may be longer than any real value (a
 * hostile or damaged file): too large is "no number", never an exception past the reader.
 */
public final class Numbers {
  private Numbers() {}

  /** The digits (an optional leading minus) as an int, or null when they do not fit one. */
  public static Integer intOrNull(String digits) {
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The digits (an optional leading minus) as a long, or null when they do not fit one. */
  public static Long longOrNull(String digits) {
    try {
      return Long.valueOf(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
