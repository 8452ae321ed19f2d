package org.wuhealth.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the known name closest to a misspelt one, when one is close enough. */
public final class Spelling {
  private Spelling() {}

  /**
   * The name in {@code known} nearest to {@code wrong} (ignoring case), if it is at most one edit
   * away per three letters beyond the first (at least one); ties go to the alphabetically first. So
   * "analyse" gives "analyze" and "tset" "test", but "report" does not give "import".
   */
  public static Optional<String> closest(String wrong, Collection<String> known) {
    String w = wrong.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, (wrong.length() - 1) / 3);
    return known.stream()
        .filter(k -> distance(k.toLowerCase(Locale.ROOT), w) <= limit)
        .min(
            Comparator.comparingInt((String k) -> distance(k.toLowerCase(Locale.ROOT), w))
                .thenComparing(k -> k));
  }

  /** "; did you mean X?" for the closest name, or an empty string. */
  public static String didYouMean(String wrong, Collection<String> known) {
    return closest(wrong, known).map(k -> "; did you mean " + k + "?").orElse("");
  }

  /**
   * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
   * alignment), the commonest typo; small strings only.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
