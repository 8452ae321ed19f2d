package org.wuhealth.importers.logs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.HResult;

/**
 * Finds the error code in a log line, only where Windows logs put codes: CBS's {@code [HRESULT =
 * 0x800f0831 - CBS_E_STORE_CORRUPTION]}, the agent's {@code *FAILED* [80244007]}, {@code
 * hr=8024402C} and {@code hr = 0x80190193}, {@code error = 0x80244007}, {@code error code
 * 80244007}, {@code Exit code = 0x8024402C}, {@code result = 0x...}, {@code status: 0x80073701}, a
 * code shortly after "failed" ({@code failed with 0x8024402c}, {@code failed, 0x80070002}) and a
 * code after a colon ({@code Sync of Updates: 0x80244007}). Never from anything else that looks
 * like hex: stack frames ({@code called (stack @0x7fed806eb5d @0xff83e97c)}), addresses ({@code
 * (0x00000000004c29e0)}), hashes, versions or GUIDs. Only failure codes (severity bit set) count,
 * so success and informational codes such as 0x00240005 are not mistaken for errors.
 */
public final class ErrorCodes {
  // The quantifiers before a code are possessive: no code starts with a space, so giving spaces
  // back never helps, and "error" followed by a long run of spaces backtracked quadratically.
  private static final String HEX = "(?:0x)?([0-9a-f]{8})(?![0-9a-f])";

  private static final Pattern CODE =
      Pattern.compile(
          "(?i)(?:"
              + String.join(
                  "|",
                  "hresult\\s*+=\\s*+0x([0-9a-f]{8})(?![0-9a-f])",
                  "\\*failed\\*\\s*+\\[([0-9a-f]{8})\\]",
                  "\\bhr\\s*+[=:]\\s*+" + HEX,
                  "error(?:\\s+code)?\\s*+(?:[=:]\\s*+)?" + HEX,
                  "\\b(?:code|result|status)\\s*+[=:]\\s*+" + HEX,
                  "\\bfailed\\b[^@\\[]{0,80}?\\b0x([0-9a-f]{8})(?![0-9a-f])",
                  ":\\s*+0x([0-9a-f]{8})(?![0-9a-f])")
              + ")");

  private ErrorCodes() {}

  /** The first failure code in {@code line}, canonical ("0x80244007"). */
  public static Optional<String> failure(String line) {
    if (!mayHoldCode(line)) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      String hex = null;
      for (int g = 1; g <= m.groupCount() && hex == null; g++) {
        hex = m.group(g);
      }
      if (hex != null && Character.digit(hex.charAt(0), 16) >= 8) {
        return HResult.canonical(hex);
      }
    }
    return Optional.empty();
  }

  /**
   * A cheap test before the pattern: most lines of a long log carry none of the markers a code
   * comes with, and a log of hundreds of megabytes should not pay a regular expression per line.
   */
  private static boolean mayHoldCode(String line) {
    return line.indexOf("0x") >= 0
        || line.indexOf("0X") >= 0
        || line.indexOf("FAILED") >= 0
        || line.indexOf("hr") >= 0
        || line.indexOf("HR") >= 0
        || line.indexOf("rror") >= 0
        || line.indexOf("RROR") >= 0;
  }
}
