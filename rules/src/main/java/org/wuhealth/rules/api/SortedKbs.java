package org.wuhealth.rules.api;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * KB numbers in text order, read-only: the set they came from answers a look-up, and they are
 * sorted only when something iterates them. A host lists some 250 KBs and this set is made for
 * every host; a {@code TreeSet} of them, then a sorted array of them, were each several percent of
 * a batch, most of it comparing strings that all start with "KB".
 */
final class SortedKbs extends AbstractSet<String> {
  private final Set<String> members;
  private volatile String[] sorted;

  /** {@code members} must not change afterwards; it is not copied. */
  SortedKbs(Set<String> members) {
    this.members = members;
  }

  @Override
  public boolean contains(Object o) {
    return members.contains(o);
  }

  @Override
  public Iterator<String> iterator() {
    String[] kbs = sorted;
    if (kbs == null) {
      kbs = inTextOrder(members);
      sorted = kbs;
    }
    return Arrays.asList(kbs).iterator();
  }

  @Override
  public int size() {
    return members.size();
  }

  /**
   * The KBs sorted as strings. When every one is "KB" and up to eight digits, each becomes a number
   * in the same order (its digits in base 11, a digit d as d + 1 and a missing one as 0, so that
   * "KB12" comes before "KB120" as in text) and the numbers are sorted, each with its place in the
   * upper and lower half of a long; any other spelling falls back to comparing strings.
   */
  static String[] inTextOrder(Set<String> members) {
    String[] kbs = members.toArray(String[]::new);
    long[] keys = new long[kbs.length];
    for (int i = 0; i < kbs.length; i++) {
      long key = key(kbs[i]);
      if (key < 0) {
        Arrays.sort(kbs);
        return kbs;
      }
      keys[i] = key << 32 | i;
    }
    Arrays.sort(keys);
    String[] ordered = new String[kbs.length];
    for (int i = 0; i < keys.length; i++) {
      ordered[i] = kbs[(int) keys[i]];
    }
    return ordered;
  }

  private static final int DIGITS = 8;

  /** Below 11^8, under 2^31: the key and a place fit a positive long. -1 for any other text. */
  private static long key(String kb) {
    int length = kb.length();
    if (length < 3 || length > 2 + DIGITS || kb.charAt(0) != 'K' || kb.charAt(1) != 'B') {
      return -1;
    }
    long key = 0;
    for (int i = 2; i < 2 + DIGITS; i++) {
      int code = 0;
      if (i < length) {
        char c = kb.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        code = c - '0' + 1;
      }
      key = key * 11 + code;
    }
    return key;
  }
}
