package org.wuhealth.rules.api;

import java.util.Locale;

/** Sizes in GiB, as rule parameters state them and evidence prints them. */
public final class ByteSize {
  private static final long GIB = 1L << 30;

  private ByteSize() {}

  /** {@code gib} GiB in bytes. */
  public static long gib(int gib) {
    return gib * GIB;
  }

  /** "8.5 GiB". */
  public static String inGib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
  }
}
