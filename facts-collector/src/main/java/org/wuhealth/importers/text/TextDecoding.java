package org.wuhealth.importers.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wuhealth.parsing.ByteOrderMark;

/**
 * Decodes text the way Windows tools write it, guessing nothing that a byte-order mark says:
 *
 * <ul>
 *   <li>UTF-8, UTF-16LE/BE and UTF-32 with a byte-order mark (PowerShell's {@code >} and {@code
 *       Out-File});
 *   <li>UTF-16LE or BE without a mark, also after an ASCII banner (the first {@code wmic} run
 *       prints "Please wait while WMIC is being installed." in ASCII before its UTF-16 table);
 *   <li>UTF-8 without a mark when the bytes are valid UTF-8 (plain ASCII included);
 *   <li>otherwise an OEM or ANSI code page as {@code cmd.exe} redirection produces (cp850, cp437,
 *       cp866, GBK, windows-1252, windows-1251), chosen by how plausible the decoded words are.
 * </ul>
 *
 * Undecodable bytes become U+FFFD rather than failures: a log cut off in the middle of a character
 * is still worth reading.
 */
public final class TextDecoding {
  /** Code pages tried for text that is neither UTF-8 nor UTF-16, in order of preference on ties. */
  private static final List<String> LEGACY =
      List.of("IBM850", "IBM437", "IBM866", "GBK", "windows-1252", "windows-1251");

  private TextDecoding() {}

  /** Decoded text and the encoding it was read as (for messages and tests). */
  public record Decoded(String text, String encoding) {}

  public static Decoded decode(byte[] bytes) {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (bom != null) {
      return new Decoded(
          lenient(bytes, bom.length(), bytes.length, bom.charset()),
          bom == ByteOrderMark.UTF_8 ? "UTF-8 with BOM" : bom.charset().name());
    }
    int utf16 = utf16Start(bytes);
    if (utf16 >= 0) {
      boolean bigEndian = utf16 == 0 && bytes.length > 1 && bytes[0] == 0;
      Charset charset = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      String banner = utf16 == 0 ? "" : decodeLegacy(slice(bytes, 0, utf16)).text();
      return new Decoded(
          banner + lenient(bytes, utf16, bytes.length, charset),
          (utf16 == 0 ? "" : "ASCII banner + ") + charset.name() + " without BOM");
    }
    if (isUtf8(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
    }
    return decodeLegacy(bytes);
  }

  /**
   * The offset where UTF-16 text without a byte-order mark starts, or -1. After an ASCII banner the
   * switch shows as the first zero byte behind a run of ASCII text, followed by ASCII characters in
   * UTF-16LE. From the start, most of the first characters must have a zero high byte (any output
   * in a Latin script has).
   */
  static int utf16Start(byte[] bytes) {
    int firstZero = -1;
    for (int i = 0; i < bytes.length && firstZero < 0; i++) {
      firstZero = bytes[i] == 0 ? i : -1;
    }
    if (firstZero < 0) {
      return -1;
    }
    if (firstZero >= 3
        && isAsciiText(bytes, firstZero - 1)
        && utf16AsciiRun(bytes, firstZero - 1)) {
      return firstZero - 1;
    }
    int sample = Math.min(bytes.length / 2, 512);
    int zeroOdd = 0;
    int zeroEven = 0;
    for (int i = 0; i < sample; i++) {
      zeroEven += bytes[2 * i] == 0 ? 1 : 0;
      zeroOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    boolean little = zeroOdd * 2 > sample && zeroEven * 8 < sample;
    boolean big = zeroEven * 2 > sample && zeroOdd * 8 < sample;
    return sample >= 2 && (little || big) ? 0 : -1;
  }

  private static boolean isAsciiText(byte[] bytes, int end) {
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b != '\t' && b != '\n' && b != '\r' && (b < 0x20 || b > 0x7E)) {
        return false;
      }
    }
    return true;
  }

  private static boolean utf16AsciiRun(byte[] bytes, int start) {
    int pairs = 0;
    for (int i = start; i + 1 < bytes.length && pairs < 4; i += 2, pairs++) {
      if (bytes[i + 1] != 0 || bytes[i] == 0 || (bytes[i] & 0x80) != 0) {
        return false;
      }
    }
    return pairs == 4;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The legacy code page whose decoding reads most like words of one language. */
  static Decoded decodeLegacy(byte[] bytes) {
    Decoded best = null;
    int bestScore = Integer.MIN_VALUE;
    for (String name : LEGACY) {
      if (!Charset.isSupported(name)) {
        continue;
      }
      Charset charset = Charset.forName(name);
      String text = strict(bytes, charset);
      if (text == null) {
        continue;
      }
      int score = WordPlausibility.score(text, charset);
      if (score > bestScore) {
        bestScore = score;
        best = new Decoded(text, name);
      }
    }
    return best != null
        ? best
        : new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1");
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int from, int to, Charset charset) {
    return charset
        .decode(ByteBuffer.wrap(bytes, from, to - from))
        .toString(); // Charset.decode replaces malformed input
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    byte[] out = new byte[to - from];
    System.arraycopy(bytes, from, out, 0, out.length);
    return out;
  }
}
