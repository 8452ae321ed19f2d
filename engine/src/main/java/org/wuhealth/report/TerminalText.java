package org.wuhealth.report;

/**
 * Text from inputs made safe for a terminal: control characters (C0 but tab, DEL, C1) and the
 * bidirectional overrides and isolates are shown as {@code \x1b} or {@code \u202e} instead of being
 * written raw, so that a host name, file name, update title or log line cannot move the cursor,
 * retitle the window ({@code ESC]0;}), clear the screen, or forge a line of the report or of the
 * one-line-per-error stderr (carriage returns and newlines). Applied where human-readable text is
 * written: the text report, Nagios output and every stderr line ({@code Diagnostics}); JSON, CSV
 * and HTML have their own escaping.
 */
public final class TerminalText {
  private TerminalText() {}

  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(
            c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@link #clean} on each line of a text whose own line breaks are kept. */
  public static String cleanLines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      out.append(clean(text.substring(start, nl))).append('\n');
      start = nl + 1;
    }
    return out.append(clean(text.substring(start))).toString();
  }

  private static boolean unsafe(char c) {
    return (c < 0x20 && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c;
  }
}
