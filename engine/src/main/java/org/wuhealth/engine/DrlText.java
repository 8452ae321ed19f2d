package org.wuhealth.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Positions in a DRL file's text (lines and columns from 1). */
final class DrlText {
  private static final Pattern THEN = Pattern.compile("\\bthen\\b");

  /** A place in the file. */
  record Position(int line, int column) {
    DrlProblem problem(String message) {
      return new DrlProblem(line, column, message);
    }
  }

  private final String[] lines;

  DrlText(String text) {
    this.lines = text.split("\\R", -1);
  }

  String line(int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }

  /** Where {@code token} first appears on {@code line} or after it, up to the end of the rule. */
  Optional<Position> find(int line, String token) {
    for (int i = Math.max(line, 1); i <= lines.length; i++) {
      int at = lines[i - 1].indexOf(token);
      if (at >= 0) {
        return Optional.of(new Position(i, at + 1));
      }
      if (i > line && lines[i - 1].trim().equals("end")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** {@link #find}, or column 1 of {@code line} when the token is not there. */
  Position locate(int line, String token) {
    return find(line, token).orElse(new Position(Math.max(line, 1), 1));
  }

  /** The first match of {@code pattern} (its group 1) on any line. */
  Optional<Position> find(Pattern pattern) {
    for (int i = 1; i <= lines.length; i++) {
      Matcher m = pattern.matcher(lines[i - 1]);
      if (m.find()) {
        return Optional.of(new Position(i, m.start(1) + 1));
      }
    }
    return Optional.empty();
  }

  /** The first column that is not blank, or 1. */
  int firstColumn(int line) {
    String text = line(line);
    int at = 0;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at < text.length() ? at + 1 : 1;
  }

  /** The column just after the last character that is not blank. */
  int afterLastColumn(int line) {
    return line(line).stripTrailing().length() + 1;
  }

  /**
   * The line where a rule's action begins: the first text after the {@code then} keyword on {@code
   * thenLine} (Drools trims what precedes it).
   */
  int actionStart(int thenLine) {
    Matcher then = THEN.matcher(line(thenLine));
    if (then.find() && !line(thenLine).substring(then.end()).isBlank()) {
      return thenLine;
    }
    for (int i = thenLine + 1; i <= lines.length; i++) {
      if (!lines[i - 1].isBlank()) {
        return i;
      }
    }
    return thenLine;
  }

  /** The rule's last line: the first line after {@code from} that is only "end". */
  int ruleEnd(int from) {
    for (int i = Math.max(from, 1); i <= lines.length; i++) {
      if (lines[i - 1].trim().equals("end")) {
        return i;
      }
    }
    return lines.length;
  }
}
