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
    if (phrase.isEmpty()) {
      return true;
    }
    char first = phrase.charAt(0);
    int last = text.length() - phrase.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return text.toLowerCase(Locale.ROOT).contains(phrase);
      }
      if (i <= last && lower(c) == first && asciiMatchAt(text, i, phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiMatchAt(String text, int at, String phrase) {
    for (int j = 1; j < phrase.length(); j++) {
      // a character from 0x80 on never equals an ASCII one here; the caller reaches it and decides
      if (lower(text.charAt(at + j)) != phrase.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
