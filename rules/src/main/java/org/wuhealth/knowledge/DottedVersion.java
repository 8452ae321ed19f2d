package org.wuhealth.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * A version such as "3.2.7600.283" or "10.0.14393.9418", compared part by part as numbers (so 283
 * is newer than 274, unlike in a text comparison). Missing trailing parts count as zero.
 */
public record DottedVersion(int[] parts) implements Comparable<DottedVersion> {

  /** Empty when {@code text} is not dot-separated decimal numbers. */
  public static Optional<DottedVersion> parse(String text) {
    if (text == null || !text.trim().matches("\\d+(\\.\\d+)*")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new DottedVersion(
              Arrays.stream(text.trim().split("\\.")).mapToInt(Integer::parseInt).toArray()));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  /** True when {@code text} parses and is older than {@code minimum}. */
  public static boolean isBelow(String text, String minimum) {
    return parse(text).map(v -> v.compareTo(parse(minimum).orElseThrow()) < 0).orElse(false);
  }

  @Override
  public int compareTo(DottedVersion other) {
    for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
      int a = i < parts.length ? parts[i] : 0;
      int b = i < other.parts.length ? other.parts[i] : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DottedVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    // Equal versions may differ in trailing zeros ("3.2" and "3.2.0"), so those are ignored.
    int n = parts.length;
    while (n > 0 && parts[n - 1] == 0) {
      n--;
    }
    return Arrays.hashCode(Arrays.copyOf(parts, n));
  }

  @Override
  public String toString() {
    return String.join(".", Arrays.stream(parts).mapToObj(Integer::toString).toList());
  }
}
