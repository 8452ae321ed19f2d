package org.wuhealth.cli;

import java.util.Locale;

/** Byte sizes on the command line: "65536", "64K", "64M", "1G" (binary multiples). */
final class Sizes {
  private Sizes() {}

  static long parse(String text) {
    String t = text.trim().toUpperCase(Locale.ROOT);
    long multiplier = 1;
    if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
      multiplier =
          switch (t.charAt(t.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            default -> 1024L * 1024 * 1024;
          };
      t = t.substring(0, t.length() - 1);
    }
    try {
      long value = Long.parseLong(t);
      if (value <= 0) {
        throw new IllegalArgumentException("must be positive, got '" + text + "'");
      }
      return Math.multiplyExact(value, multiplier);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not a size like 64M: '" + text + "'");
    }
  }
}
