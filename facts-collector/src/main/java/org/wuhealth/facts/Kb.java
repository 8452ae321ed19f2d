package org.wuhealth.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Knowledge Base article numbers: "kb2919355", "2919355" and "KB 2919355" all mean KB2919355. */
public final class Kb {
  private static final Pattern KB = Pattern.compile("(?i)^\\s*(?:kb\\s*)?(\\d{4,8})\\s*$");

  private Kb() {}

  /** The canonical form "KB" + digits, or empty when {@code text} is not a KB number. */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (isCanonical(text)) {
      return Optional.of(text);
    }
    Matcher m = KB.matcher(text);
    return m.matches() ? Optional.of("KB" + m.group(1)) : Optional.empty();
  }

  /** "KB" and 4 to 8 ASCII digits: what snapshots and most sources write, read without a regex. */
  private static boolean isCanonical(String text) {
    int length = text.length();
    if (length < 6 || length > 10 || text.charAt(0) != 'K' || text.charAt(1) != 'B') {
      return false;
    }
    for (int i = 2; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The numeric part of a canonical KB id ("KB2919355" gives 2919355). */
  public static long number(String canonicalKb) {
    // in place: a host's few hundred KBs are numbered on every analysis
    return Long.parseLong(canonicalKb, 2, canonicalKb.length(), 10);
  }
}
