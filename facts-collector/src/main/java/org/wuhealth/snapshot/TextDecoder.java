package org.wuhealth.snapshot;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.wuhealth.parsing.ByteOrderMark;

/**
 * Decodes a JSON document the way Windows tools write it: UTF-8 with or without a byte-order mark,
 * or UTF-16LE/BE and UTF-32LE/BE with one (PowerShell's {@code >} and {@code Out-File} write
 * UTF-16LE with a BOM). Anything else is refused with a reason instead of being guessed.
 */
final class TextDecoder {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private TextDecoder() {}

  /** A decoding failure with a human-readable reason; the caller adds the file name. */
  static final class DecodingException extends Exception {
    private static final long serialVersionUID = 1L;

    DecodingException(String message) {
      super(message);
    }
  }

  static String decode(byte[] bytes) throws DecodingException {
    Encoding encoding = detect(bytes);
    return strict(bytes, encoding.start(), encoding.charset(), encoding.charset().name());
  }

  /**
   * Where the text of a document starts when it is valid UTF-8 that a byte-based JSON parser reads
   * exactly as {@link #decode} would (after a byte-order mark, if any); -1 otherwise. The snapshot
   * reader then parses the bytes and skips building a string of the whole file. A NUL byte or a
   * first byte outside ASCII sends the document to {@link #decode}: Jackson's byte parser guesses
   * UTF-16/32 from zero bytes and skips a byte-order mark, and the text path must word those cases.
   */
  static int utf8Start(byte[] bytes) {
    Encoding encoding;
    try {
      encoding = detect(bytes);
    } catch (DecodingException e) {
      return -1;
    }
    int start = encoding.start();
    if (encoding.charset() != StandardCharsets.UTF_8 || start == bytes.length || bytes[start] < 0) {
      return -1;
    }
    int i = start;
    // eight bytes at a time while they are all ASCII and none is NUL (the usual snapshot is all
    // ASCII, and this scan over its whole length showed in the reader's profile)
    while (i + Long.BYTES <= bytes.length) {
      long word = (long) LONGS.get(bytes, i);
      if ((word & HIGH_BITS) != 0 || ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
        break;
      }
      i += Long.BYTES;
    }
    for (; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == 0) {
        return -1;
      }
      if (b < 0) {
        return decodesStrictly(bytes, i) && noNul(bytes, i) ? start : -1;
      }
    }
    return start;
  }

  private record Encoding(Charset charset, int start) {}

  private static Encoding detect(byte[] bytes) throws DecodingException {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null) {
      return new Encoding(bom.charset(), bom.length());
    }
    if (looksLikeUtf16WithoutBom(bytes)) {
      throw new DecodingException(
          "looks like UTF-16 without a byte-order mark; save it as UTF-8 or as UTF-16 with a BOM");
    }
    return new Encoding(StandardCharsets.UTF_8, 0);
  }

  /** True when {@code bytes} from {@code from} on are well-formed UTF-8 (decoded in chunks). */
  private static boolean decodesStrictly(byte[] bytes, int from) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        return !decoder.flush(out).isError();
      }
      out.clear();
    }
  }

  private static boolean noNul(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /** JSON starts with ASCII; UTF-16 without a BOM shows a zero byte in its first two bytes. */
  private static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0);
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String name)
      throws DecodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out =
        CharBuffer.allocate(
            (int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new DecodingException(
          String.format(
              Locale.ROOT,
              "not valid %s%s: bad byte 0x%02X at offset %d; JSON snapshots must be UTF-8, or UTF-16 with a BOM",
              name,
              offset == 0 ? " (no byte-order mark)" : "",
              bytes[in.position()] & 0xFF,
              in.position()));
    }
    return out.flip().toString();
  }
}
