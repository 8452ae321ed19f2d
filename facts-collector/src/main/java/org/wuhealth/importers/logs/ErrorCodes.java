package org.wuhealth.importers.logs;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.HResult;

/**
 * Finds the error code in a log line, in the spellings Windows logs use: "0x80244007", "[80244007]"
 * (WindowsUpdate.log's *FAILED* lines), "hr=8024402C", "error 0x800f081f" and CBS's "[HRESULT =
 * 0x800f0831 - CBS_E_STORE_CORRUPTION]". Only failure codes (severity bit set) count, so success
 * and informational codes such as 0x00240005 are not mistaken for errors.
 */
public final class ErrorCodes {
  private static final Pattern CODE =
      Pattern.compile(
          "(?i)(?:0x([0-9a-f]{8})\\b|\\[([0-9a-f]{8})\\]|(?:hr|error|code|result)\\s*[=:]?\\s*([0-9a-f]{8})\\b)");

  private ErrorCodes() {}

  /** The first failure code in {@code line}, canonical ("0x80244007"). */
  public static Optional<String> failure(String line) {
    if (!mayHoldCode(line)) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(line);
    while (m.find()) {
      String hex = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (Character.digit(hex.charAt(0), 16) >= 8) {
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
    return line.indexOf('[') >= 0
        || line.indexOf("0x") >= 0
        || line.indexOf("0X") >= 0
        || line.indexOf("hr") >= 0
        || line.indexOf("HR") >= 0
        || line.indexOf("rror") >= 0
        || line.indexOf("ode") >= 0
        || line.indexOf("esult") >= 0;
  }
}
