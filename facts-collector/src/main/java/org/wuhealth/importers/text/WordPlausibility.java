package org.wuhealth.importers.text;

import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;

/**
 * Scores how much a decoding reads like real words, to pick among legacy code pages. Only words
 * with non-ASCII characters count (the ASCII part decodes the same in every candidate). A word is
 * plausible when it consists of letters of one script (Han, Hiragana and Katakana count as one)
 * without a capital after a small letter: "Versión" and "Имя" are plausible, "VersiÄn", "¦Ґп" and a
 * Latin letter glued to a Cyrillic one are not. The score is the number of encoded bytes in
 * plausible words minus those in implausible ones, so two-byte and one-byte encodings compare
 * fairly.
 */
final class WordPlausibility {
  private WordPlausibility() {}

  static int score(String text, Charset charset) {
    int score = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && isWordChar(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = text.substring(start, i);
        if (hasNonAscii(word)) {
          int bytes = word.getBytes(charset).length;
          score += plausible(word) ? bytes : -bytes;
        }
        start = -1;
      }
    }
    return score;
  }

  private static boolean isWordChar(char c) {
    return c >= 0x80 ? !Character.isWhitespace(c) && c != '\u00A0' : Character.isLetter(c);
  }

  private static boolean hasNonAscii(String word) {
    return word.chars().anyMatch(c -> c >= 0x80);
  }

  static boolean plausible(String word) {
    UnicodeScript script = null;
    boolean previousLower = false;
    int accented = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      UnicodeScript s = family(UnicodeScript.of(c));
      if (script == null) {
        script = s;
      } else if (s != script) {
        return false;
      }
      if (Character.isUpperCase(c) && previousLower) {
        return false;
      }
      previousLower = Character.isLowerCase(c);
      accented += c >= 0x80 ? 1 : 0;
    }
    return script != UnicodeScript.LATIN || accented <= Math.max(1, word.length() / 2);
  }

  private static UnicodeScript family(UnicodeScript s) {
    return s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA ? UnicodeScript.HAN : s;
  }
}
