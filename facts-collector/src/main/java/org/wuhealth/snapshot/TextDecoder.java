package org.wuhealth.snapshot;

import java.nio.ByteBuffer;
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
  private TextDecoder() {}

  /** A decoding failure with a human-readable reason; the caller adds the file name. */
  static final class DecodingException extends Exception {
    private static final long serialVersionUID = 1L;

    DecodingException(String message) {
      super(message);
    }
  }

  static String decode(byte[] bytes) throws DecodingException {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null) {
      return strict(bytes, bom.length(), bom.charset(), bom.charset().name());
    }
    if (looksLikeUtf16WithoutBom(bytes)) {
      throw new DecodingException(
          "looks like UTF-16 without a byte-order mark; save it as UTF-8 or as UTF-16 with a BOM");
    }
    return strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
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
