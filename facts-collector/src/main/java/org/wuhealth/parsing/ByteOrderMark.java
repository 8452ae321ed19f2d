package org.wuhealth.parsing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The byte-order marks Windows tools write, and the encoding each announces: read once for the
 * snapshot reader and the importers' text decoding.
 */
public enum ByteOrderMark {
  // UTF-32LE before UTF-16LE: its mark starts with UTF-16LE's
  UTF_32BE(Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
  UTF_32LE(Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
  UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
  UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
  UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

  private final Charset charset;
  private final int[] mark;

  ByteOrderMark(Charset charset, int... mark) {
    this.charset = charset;
    this.mark = mark;
  }

  /** The mark that {@code bytes} start with, or null. */
  public static ByteOrderMark of(byte[] bytes) {
    for (ByteOrderMark bom : values()) {
      if (bom.starts(bytes)) {
        return bom;
      }
    }
    return null;
  }

  /** How many bytes the mark takes. */
  public int length() {
    return mark.length;
  }

  public Charset charset() {
    return charset;
  }

  private boolean starts(byte[] bytes) {
    if (bytes.length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((bytes[i] & 0xFF) != mark[i]) {
        return false;
      }
    }
    return true;
  }
}
