package org.wuhealth.knowledge;

import java.util.Arrays;
import java.util.Collection;
import org.wuhealth.facts.Kb;

/**
 * A host's installed KBs as numbers beside their texts, in no particular order, and the highest of
 * them: what {@link Knowledge#newerOnHost} compares with its tables on every host. Arrays rather
 * than a set of strings: walking a host's few hundred KBs through a hash set's nodes and texts was
 * several percent of a batch, and the numbers are found while the inventory is built anyway.
 * Read-only once built.
 */
public final class KbNumbers {
  private final long[] numbers;
  private final String[] kbs;
  private final int size;
  private final long highest;

  private KbNumbers(long[] numbers, String[] kbs, int size, long highest) {
    this.numbers = numbers;
    this.kbs = kbs;
    this.size = size;
    this.highest = highest;
  }

  /** Distinct canonical KBs ("KB5034439"). */
  public static KbNumbers of(Collection<String> kbs) {
    Builder builder = new Builder(kbs.size());
    kbs.forEach(builder::add);
    return builder.build();
  }

  /** These and {@code more}, which must not repeat any of these. */
  public KbNumbers plus(Collection<String> more) {
    Builder builder = new Builder(size + more.size());
    System.arraycopy(numbers, 0, builder.numbers, 0, size);
    System.arraycopy(kbs, 0, builder.kbs, 0, size);
    builder.size = size;
    builder.highest = highest;
    more.forEach(builder::add);
    return builder.build();
  }

  public int size() {
    return size;
  }

  public long number(int i) {
    return numbers[i];
  }

  public String kb(int i) {
    return kbs[i];
  }

  /** The highest number, 0 when there is none. */
  public long highest() {
    return highest;
  }

  /** Adds distinct canonical KBs one at a time, for a caller that sees each once. */
  public static final class Builder {
    private long[] numbers;
    private String[] kbs;
    private int size;
    private long highest;

    public Builder(int expected) {
      numbers = new long[Math.max(expected, 4)];
      kbs = new String[numbers.length];
    }

    public void add(String kb) {
      if (size == numbers.length) {
        numbers = Arrays.copyOf(numbers, size * 2);
        kbs = Arrays.copyOf(kbs, size * 2);
      }
      long number = Kb.number(kb);
      numbers[size] = number;
      kbs[size] = kb;
      size++;
      highest = Math.max(highest, number);
    }

    public KbNumbers build() {
      return new KbNumbers(numbers, kbs, size, highest);
    }
  }
}
