package org.wuhealth.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link TextDecoder#utf8Start} lets the reader parse bytes directly only where a byte parser sees
 * exactly the text {@link TextDecoder#decode} gives; every other document takes the text path.
 */
class TextDecoderTest {
  @Test
  void plainAndMarkedUtf8AreParsedFromTheirBytes() {
    assertEquals(0, TextDecoder.utf8Start(utf8("{\"a\":\"Mise à jour\"}")));
    assertEquals(3, TextDecoder.utf8Start(bytes(0xEF, 0xBB, 0xBF, '{', '}')));
  }

  @Test
  void everythingElseTakesTheTextPath() {
    // malformed UTF-8 (a lone continuation byte; an encoded surrogate)
    assertEquals(-1, TextDecoder.utf8Start(bytes('{', '"', 0x80, '"', '}')));
    assertEquals(-1, TextDecoder.utf8Start(bytes('{', '"', 0xED, 0xA0, 0x80, '"', '}')));
    // UTF-16 with and without a byte-order mark, UTF-32
    assertEquals(-1, TextDecoder.utf8Start(bytes(0xFF, 0xFE, '{', 0, '}', 0)));
    assertEquals(-1, TextDecoder.utf8Start(bytes('{', 0, '}', 0)));
    assertEquals(-1, TextDecoder.utf8Start(bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, '{')));
    // NUL bytes make Jackson's byte parser guess UTF-32; a second mark it would skip
    assertEquals(-1, TextDecoder.utf8Start(bytes(0, 0, 0, '{', '}')));
    assertEquals(-1, TextDecoder.utf8Start(bytes('{', '"', 0xC3, 0xA0, 0, '"', '}')));
    assertEquals(-1, TextDecoder.utf8Start(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, '{', '}')));
    assertEquals(-1, TextDecoder.utf8Start(new byte[0]));
  }

  /** The scan reads eight bytes at a time: a NUL or a non-ASCII byte is found at every offset. */
  @Test
  void findsWhatItLooksForAtEveryOffsetOfTheWordScan() {
    byte[] plain = utf8("{\"name\":\"" + "x".repeat(40) + "\"}");
    for (int at = 1; at < plain.length - 3; at++) {
      byte[] nul = plain.clone();
      nul[at] = 0;
      assertEquals(-1, TextDecoder.utf8Start(nul), "NUL at " + at);
      byte[] broken = plain.clone();
      broken[at] = (byte) 0x80;
      assertEquals(-1, TextDecoder.utf8Start(broken), "a lone continuation byte at " + at);
      if (at > 9 && at < plain.length - 4) {
        byte[] accented = plain.clone();
        accented[at] = (byte) 0xC3;
        accented[at + 1] = (byte) 0xA0;
        assertEquals(0, TextDecoder.utf8Start(accented), "an à at " + at);
      }
    }
    assertEquals(0, TextDecoder.utf8Start(plain));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
