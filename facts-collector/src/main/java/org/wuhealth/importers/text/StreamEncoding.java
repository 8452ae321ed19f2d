package org.wuhealth.importers.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding of a stream as {@link LineReader} decides it from its first bytes: a byte-order
 * mark, UTF-16 without one, else UTF-8. Shared with the live collector's tail of a log, which must
 * decode the end of a file as the whole file would be decoded.
 *
 * @param markLength the bytes of the byte-order mark at the start (0: none)
 */
public record StreamEncoding(Charset charset, int markLength) {
  /** How many of a stream's first bytes {@link #of} looks at. */
  public static final int SNIFF = 4096;

  /** Decides from up to {@link #SNIFF} first bytes. */
  public static StreamEncoding of(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new StreamEncoding(StandardCharsets.UTF_8, 3);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new StreamEncoding(StandardCharsets.UTF_16LE, 2);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new StreamEncoding(StandardCharsets.UTF_16BE, 2);
    }
    if (TextDecoding.utf16Start(head) == 0) {
      return new StreamEncoding(
          head[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, 0);
    }
    return new StreamEncoding(StandardCharsets.UTF_8, 0);
  }

  /** Bytes per code unit: 2 for UTF-16, 1 otherwise. */
  public int unit() {
    return utf16() ? 2 : 1;
  }

  public boolean bigEndian() {
    return charset.equals(StandardCharsets.UTF_16BE);
  }

  /**
   * The byte-order mark that makes a {@link LineReader} decode a part of the stream as this
   * encoding: UTF-16's (also for a stream that had none), none for UTF-8, the reader's default.
   */
  public byte[] markForPart() {
    if (!utf16()) {
      return new byte[0];
    }
    return bigEndian()
        ? new byte[] {(byte) 0xFE, (byte) 0xFF}
        : new byte[] {(byte) 0xFF, (byte) 0xFE};
  }

  private boolean utf16() {
    return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
  }
}
