package org.wuhealth.snapshot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few characters of an input that a message may quote. Messages name the place of a problem,
 * not the content: an input may be a secret that a symbolic link or a careless copy put among the
 * exports (a token file, a private key), and errors end up in terminals, errors.jsonl and the HTML
 * report. So a quote is two dozen characters at most, on one line, and a value that looks like a
 * credential shows only its first four characters.
 */
public final class Excerpt {
  /** Code points shown of a value that does not look like a credential. */
  static final int SHOWN = 24;

  private static final int SHOWN_OF_SECRET = 4;

  /** A run of this many token characters with a letter and a digit looks like a key. */
  private static final int KEY_RUN = 20;

  /** Well-known credential prefixes (GitHub, Slack, AWS, OpenAI-style keys, JWT) and PEM. */
  private static final Pattern PREFIX =
      Pattern.compile("(?i:gh[pousr]_|github_pat_|xox[abprs]-|AKIA|ASIA|sk-|eyJ|-----BEGIN)");

  /**
   * Only the start of a text is looked at: the quote shows no more, and a long line (a 65,000
   * character log line) must cost no more than a short one.
   */
  private static final int LOOKED_AT = 4 * SHOWN;

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private Excerpt() {}

  /** {@code "Windows Server 2019 Data..."}, {@code "ghp_..." (masked)}, with the quotes. */
  public static String quote(String text) {
    String line = firstLine(text);
    if (looksLikeCredential(line)) {
      return "\"" + cut(line, SHOWN_OF_SECRET) + "...\" (masked)";
    }
    String shown = cut(line, SHOWN);
    return "\"" + shown + (shown.length() < text.length() ? "..." : "") + "\"";
  }

  /**
   * A parser's message with each double-quoted part of the document cut and masked (XML parsers
   * quote element names and values: {@code The element type "..." must be terminated}).
   */
  public static String maskQuoted(String message) {
    if (message == null) {
      return "";
    }
    Matcher quoted = QUOTED.matcher(firstLine(message));
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      quoted.appendReplacement(out, Matcher.quoteReplacement(quote(quoted.group(1))));
    }
    return quoted.appendTail(out).toString();
  }

  /** A member name as a pointer segment: itself, or cut and masked like a quoted value. */
  static String name(String name) {
    if (looksLikeCredential(name)) {
      return cut(name, SHOWN_OF_SECRET) + "...(masked)";
    }
    return name.codePointCount(0, name.length()) > SHOWN ? cut(name, SHOWN) + "..." : name;
  }

  /**
   * True when the start of {@code text} holds a well-known credential prefix, or a run of 20 or
   * more token characters (letters, digits, {@code +/=_.~-}) with a letter and a digit: API keys,
   * tokens, base64 of a key. One pass, no backtracking.
   */
  static boolean looksLikeCredential(String text) {
    String start = cut(text, LOOKED_AT);
    if (PREFIX.matcher(start).find()) {
      return true;
    }
    int run = 0;
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < start.length(); i++) {
      char c = start.charAt(i);
      boolean isLetter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      boolean isDigit = c >= '0' && c <= '9';
      if (isLetter || isDigit || "+/=_.~-".indexOf(c) >= 0) {
        run++;
        letter |= isLetter;
        digit |= isDigit;
        if (run >= KEY_RUN && letter && digit) {
          return true;
        }
      } else {
        run = 0;
        letter = false;
        digit = false;
      }
    }
    return false;
  }

  private static String firstLine(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end);
  }

  private static String cut(String text, int codePoints) {
    if (text.codePointCount(0, text.length()) <= codePoints) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, codePoints));
  }
}
