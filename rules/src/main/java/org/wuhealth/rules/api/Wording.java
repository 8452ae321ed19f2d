package org.wuhealth.rules.api;

import java.util.Locale;

/** What a log message says, for rules that look for the words of an error rather than its code. */
public final class Wording {
  private Wording() {}

  /**
   * True when {@code text}, lower-cased in the root locale, contains {@code phrase} (given in lower
   * case); false for null text. The same answer as {@code text.toLowerCase(Locale.ROOT)
   * .contains(phrase)} without copying the text: rules ask this of every log event of every host,
   * and the copies showed in a batch's profile. ASCII is compared in place; from the first other
   * character on (whose lower case can be longer, such as U+0130) the text is lower-cased as a
   * whole.
   */
  public static boolean mentions(String text, String phrase) {
    if (text == null) {
      return false;
    }
    int last = text.length() - phrase.length();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return text.toLowerCase(Locale.ROOT).contains(phrase);
      }
      if (i <= last && asciiMatchAt(text, i, phrase)) {
        return true;
      }
    }
    return phrase.isEmpty();
  }

  private static boolean asciiMatchAt(String text, int at, String phrase) {
    for (int j = 0; j < phrase.length(); j++) {
      char c = text.charAt(at + j);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      // a character from 0x80 on never equals an ASCII one here; the caller reaches it and decides
      if (c != phrase.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
