package org.wuhealth.importers.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into lines at every line end Windows tools produce: CRLF, LF, CR alone, the
 * doubled CR of {@code wmic} redirection (CR CR LF), NEL (U+0085) and the Unicode line and
 * paragraph separators. No-break spaces (U+00A0, U+202F, U+2007), which French and other locales
 * put in numbers and before colons, become plain spaces so that parsers see one kind of blank.
 */
public final class Lines {
  private Lines() {}

  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r' -> {
          while (i + 1 < n && text.charAt(i + 1) == '\r') {
            i++;
          }
          if (i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          lines.add(line.toString());
          line.setLength(0);
        }
        case '\n', '\u0085', '\u2028', '\u2029' -> {
          lines.add(line.toString());
          line.setLength(0);
        }
        default -> line.append(normalizeSpace(c));
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A no-break or figure space as a plain space; every other character as it is. */
  public static char normalizeSpace(char c) {
    return c == '\u00A0' || c == '\u202F' || c == '\u2007' ? ' ' : c;
  }
}
