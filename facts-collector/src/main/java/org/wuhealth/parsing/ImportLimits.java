package org.wuhealth.parsing;

/**
 * Bounds on what an import reads, so that an absurd or hostile input fails with a message instead
 * of exhausting memory or disk.
 *
 * @param maxFileBytes files read whole (systeminfo, lists, registry exports, web.config)
 * @param maxLogBytes logs, which are streamed in bounded memory
 * @param maxZipEntries entries in one zip archive
 * @param maxZipBytes uncompressed bytes read from one zip archive in total
 * @param maxCompressionRatio uncompressed to compressed size of a zip entry (text compresses some
 *     10 to 30 times; zip bombs far more)
 */
public record ImportLimits(
    long maxFileBytes,
    long maxLogBytes,
    int maxZipEntries,
    long maxZipBytes,
    int maxCompressionRatio) {

  private static final long MIB = 1024L * 1024;

  /** 64 MiB per file, 2 GiB per log, 10,000 zip entries, 4 GiB per zip, ratio 200. */
  public static final ImportLimits DEFAULT =
      new ImportLimits(64 * MIB, 2048 * MIB, 10_000, 4096 * MIB, 200);

  /** The defaults with another limit for files read whole (the --max-file-size option). */
  public static ImportLimits withMaxFileBytes(long maxFileBytes) {
    return new ImportLimits(
        maxFileBytes,
        Math.max(DEFAULT.maxLogBytes, maxFileBytes),
        DEFAULT.maxZipEntries,
        DEFAULT.maxZipBytes,
        DEFAULT.maxCompressionRatio);
  }
}
