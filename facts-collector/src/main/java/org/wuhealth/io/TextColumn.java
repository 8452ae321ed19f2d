package org.wuhealth.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Append-only texts in one UTF-8 byte array: a host name or a file path costs its bytes and an
 * offset here, where a {@code String} costs about 40 bytes more (object and array headers). For
 * what a batch keeps per host over hundreds of thousands of hosts: the input plan's file paths and
 * the fleet ledger's names. Null is stored as a flag. Not thread-safe.
 */
public final class TextColumn {
  private byte[] bytes;
  private int used;

  /** Row i's bytes end at {@code ends[i]} (start at {@code ends[i - 1]}); -1 - end for null. */
  private int[] ends;

  private int rows;

  public TextColumn(int expectedRows, int expectedLength) {
    ends = new int[Math.max(1, expectedRows)];
    bytes = new byte[Math.max(16, expectedRows * expectedLength)];
  }

  public void add(String text) {
    if (rows == ends.length) {
      ends = Arrays.copyOf(ends, rows * 2);
    }
    if (text == null) {
      ends[rows++] = -1 - used;
      return;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (used + utf8.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + utf8.length));
    }
    System.arraycopy(utf8, 0, bytes, used, utf8.length);
    used += utf8.length;
    ends[rows++] = used;
  }

  public int size() {
    return rows;
  }

  /** The rows so far as an unmodifiable list, each String made when it is read. */
  public List<String> asList() {
    return RowView.of(rows, this::get);
  }

  /** Row {@code i} as a new String, or null. */
  public String get(int i) {
    int end = ends[i];
    return end < 0 ? null : new String(bytes, start(i), end - start(i), StandardCharsets.UTF_8);
  }

  /** True when rows {@code i} and {@code j} hold the same text (or both null). */
  public boolean same(int i, int j) {
    return compare(i, j) == 0;
  }

  /**
   * Orders rows by their UTF-8 bytes, unsigned (which is code point order), null first: a total
   * order that groups equal texts, without making Strings.
   */
  public int compare(int i, int j) {
    boolean nullI = ends[i] < 0;
    boolean nullJ = ends[j] < 0;
    if (nullI || nullJ) {
      return Boolean.compare(!nullI, !nullJ);
    }
    int si = start(i);
    int sj = start(j);
    return Arrays.compareUnsigned(bytes, si, ends[i], bytes, sj, ends[j]);
  }

  private int start(int i) {
    if (i == 0) {
      return 0;
    }
    int previous = ends[i - 1];
    return previous < 0 ? -1 - previous : previous;
  }
}
