package org.wuhealth.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in plain words, without the content they quote: its messages echo the
 * offending token ({@code Unrecognized token 'ghp_...'}), whole excerpts of the document, and the
 * names of its own settings ({@code StreamReadConstraints.getMaxNestingDepth()}). What is left is
 * the kind of problem; the place is the line and column, or for a duplicate member its pointer.
 */
public final class JsonProblems {
  private static final Pattern LIMIT =
      Pattern.compile(
          "\\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from `[^`]*get(\\w+)\\(");
  private static final Pattern UNCLOSED =
      Pattern.compile(
          "close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)",
          Pattern.DOTALL);
  private static final Pattern CHARACTER =
      Pattern.compile("^Unexpected character \\('.*?' \\(code (\\d+)");
  private static final Pattern CONTROL = Pattern.compile("code (\\d+)");
  private static final Pattern DUPLICATE =
      Pattern.compile("^Duplicate (?:field|Object property) '(.*)'$", Pattern.DOTALL);
  private static final Pattern EXPECTING =
      Pattern.compile(
          ": (was expecting (?:comma|colon|double-quote|closing quote|a colon)[^:(\\[]*)");

  private JsonProblems() {}

  /** "line:column" of the problem, or null when Jackson does not know it. */
  public static String place(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1
        ? null
        : location.getLineNr() + ":" + location.getColumnNr();
  }

  /** The line of the problem, or null. */
  public static Integer line(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1 ? null : location.getLineNr();
  }

  /**
   * The JSON pointer of a duplicate member ("/os/build"), when {@code e} is one, else null. The
   * parser's context holds the path to the member it was reading.
   */
  public static String duplicatePointer(JsonProcessingException e) {
    if (!DUPLICATE.matcher(message(e)).matches()
        || !(e.getProcessor() instanceof JsonParser parser)) {
      return null;
    }
    StringBuilder pointer = new StringBuilder();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        pointer.insert(0, MappingContext.child("", c.getCurrentName()));
      } else if (c.inArray()) {
        pointer.insert(0, "/" + Math.max(c.getCurrentIndex(), 0));
      }
    }
    return pointer.toString();
  }

  /** What is wrong, in words that quote at most a masked excerpt of the document. */
  public static String reason(JsonProcessingException e) {
    String message = message(e);
    Matcher limit = LIMIT.matcher(message);
    if (limit.find()) {
      return limit(limit.group(3), limit.group(2));
    }
    if (e instanceof StreamConstraintsException) {
      return "over a size limit of the JSON reader";
    }
    if (message.startsWith("Unrecognized token")) {
      return "unexpected text where a JSON value was expected";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      Matcher open = UNCLOSED.matcher(message);
      return open.find()
          ? "the document ends early: the "
              + open.group(1).toLowerCase(Locale.ROOT)
              + " opened at line "
              + open.group(2)
              + ", column "
              + open.group(3)
              + " is not closed"
          : "the document ends early (an object, array or string is not closed)";
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      return "duplicate member \""
          + Excerpt.name(duplicate.group(1))
          + "\" (each name may appear once)";
    }
    if (message.startsWith("Illegal unquoted character")) {
      Matcher code = CONTROL.matcher(message);
      return "control character"
          + (code.find()
              ? String.format(Locale.ROOT, " U+%04X", Integer.parseInt(code.group(1)))
              : "")
          + " inside a string; it must be escaped";
    }
    Matcher character = CHARACTER.matcher(message);
    if (character.find()) {
      Matcher expecting = EXPECTING.matcher(message);
      return String.format(
              Locale.ROOT, "unexpected character U+%04X", Integer.parseInt(character.group(1)))
          + (expecting.find() ? "; " + expecting.group(1).strip() : "");
    }
    if (message.startsWith("Unrecognized character escape")) {
      return "an invalid escape sequence in a string";
    }
    if (message.contains("numeric value")
        || message.contains("Numeric value")
        || message.contains("Leading zeroes")
        || message.contains("number")) {
      return "a malformed or out-of-range number";
    }
    if (message.startsWith("Invalid UTF") || message.contains("surrogate")) {
      return "invalid text encoding inside a string";
    }
    return "malformed JSON";
  }

  private static String message(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message == null ? "" : message;
  }

  private static String limit(String setting, String maximum) {
    return switch (setting) {
      case "MaxNestingDepth" -> "nested deeper than " + maximum + " levels of objects and arrays";
      case "MaxNumberLength" -> "a number longer than " + maximum + " digits";
      case "MaxStringLength" -> "a string longer than " + maximum + " characters";
      case "MaxNameLength" -> "a member name longer than " + maximum + " characters";
      case "MaxDocumentLength" -> "a document longer than " + maximum + " characters";
      case "MaxTokenCount" -> "more than " + maximum + " JSON tokens";
      default -> "over a size limit of the JSON reader (" + maximum + ")";
    };
  }
}
