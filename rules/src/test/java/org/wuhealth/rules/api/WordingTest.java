package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordingTest {
  private static final String MUX = "failed to connect to mux";

  @Test
  void findsThePhraseInAnyCase() {
    assertTrue(
        Wording.mentions(
            "WARNING: Failed to connect to MUX; hr=0x80072EFD (ExponentialBackoff)", MUX));
    assertTrue(Wording.mentions("SyncUpdates_WithRecovery failed", "syncupdates_withrecovery"));
    assertFalse(Wording.mentions("Failed to connect to the MUX", MUX));
    assertFalse(Wording.mentions("failed to connect to mu", MUX));
    assertFalse(Wording.mentions(null, MUX));
  }

  @Test
  void answersAsLowerCasingTheWholeTextWould() {
    // U+0130 lower-cases to two characters, U+212A (Kelvin) to "k": matches that only exist
    // once the text is lower-cased as a whole, and matches before or after such characters
    List<String> texts =
        List.of(
            "",
            "mux",
            "Ünïcode then FAILED TO CONNECT TO MUX",
            "FAILED TO CONNECT TO MUX then Ünïcode",
            "FAİLED to connect to mux",
            "failed to connect to mu\u212A",
            "failed to connect to mu\u212Ax",
            "\u0130\u0130failed to connect to mux");
    for (String text : texts) {
      for (String phrase : List.of(MUX, "k", "i\u0307", "", "mux")) {
        assertEquals(
            text.toLowerCase(Locale.ROOT).contains(phrase),
            Wording.mentions(text, phrase),
            () -> text + " / " + phrase);
      }
    }
  }

  @Test
  void agreesWithTheDefinitionOnRandomText() {
    Random random = new Random(18);
    String alphabet = "aAbBxX \u00dc\u0130\u212A";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String phrase = random.nextBoolean() ? "ab" : "xk";
      assertEquals(
          text.toString().toLowerCase(Locale.ROOT).contains(phrase),
          Wording.mentions(text.toString(), phrase),
          text::toString);
    }
  }
}
