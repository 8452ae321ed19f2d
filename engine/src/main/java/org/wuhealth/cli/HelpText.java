package org.wuhealth.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * Help text wrapped at spaces only. Picocli wraps with the JDK's line BreakIterator, which also
 * breaks after '.', ':', ',' and '-' and so cut "findings.jsonl", ".reg" and "2019-03-06T12:00:00Z"
 * in two. Picocli is asked for unwrapped lines instead, and each section is wrapped here to {@link
 * #WIDTH} columns, continuation lines indented as picocli indents them.
 */
final class HelpText {
  static final int WIDTH = 80;

  /** Wide enough that picocli never wraps a line itself. */
  private static final int UNWRAPPED = 1000;

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

  /** A word (or the leading indentation) and the spaces after it. */
  private static final Pattern TOKEN = Pattern.compile("([^ ]*)( *)");

  private HelpText() {}

  /** For {@code cli} and every subcommand it has now. */
  static void install(CommandLine cli) {
    cli.setUsageHelpWidth(UNWRAPPED);
    Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(cli.getHelpSectionMap());
    sections.replaceAll(
        (key, renderer) ->
            help -> {
              String text = renderer.render(help);
              if (key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
                // The synopsis follows its heading ("Usage: ") on the same line.
                String heading = " ".repeat(help.synopsisHeadingLength());
                return wrap(
                        heading + text,
                        heading.length() + help.commandSpec().qualifiedName().length() + 1)
                    .substring(heading.length());
              }
              return wrapTable(text);
            });
    cli.setHelpSectionMap(sections);
    cli.getSubcommands().values().forEach(HelpText::install);
  }

  /** Every line wrapped at spaces, continuation lines indented by {@code indent}. */
  static String wrap(String text, int indent) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(wrapLine(line, indent));
    }
    return out.toString();
  }

  /**
   * Lines of a two-column table (options, commands, exit codes) or of plain text: a continuation is
   * indented two columns past where the line's text column starts, as picocli does.
   */
  static String wrapTable(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int column = textColumn(ANSI.matcher(line).replaceAll(""));
      out.append(wrapLine(line, column == 0 ? 0 : column + 2));
    }
    return out.toString();
  }

  /** Where the text starts: after the first gap of two spaces that follows a label, if any. */
  private static int textColumn(String line) {
    int first = 0;
    while (first < line.length() && line.charAt(first) == ' ') {
      first++;
    }
    int gap = line.indexOf("  ", first);
    if (gap < 0) {
      return first;
    }
    int text = gap;
    while (text < line.length() && line.charAt(text) == ' ') {
      text++;
    }
    return text < line.length() ? text : first;
  }

  /**
   * Breaks {@code line} at spaces only, keeping its own spacing (the gap between a table's label
   * and its text) on the first line.
   */
  private static String wrapLine(String line, int indent) {
    if (visible(line) <= WIDTH) {
      return line;
    }
    Matcher token = TOKEN.matcher(line);
    StringBuilder out = new StringBuilder();
    int width = 0;
    while (token.find()) {
      String word = token.group(1);
      String spaces = token.group(2);
      int length = visible(word);
      if (width > indent && width + length > WIDTH) {
        trimTrailingSpaces(out);
        out.append('\n').append(" ".repeat(indent));
        width = indent;
      }
      out.append(word).append(spaces);
      width += length + spaces.length();
    }
    trimTrailingSpaces(out);
    return out.toString();
  }

  private static void trimTrailingSpaces(StringBuilder text) {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }

  private static int visible(String text) {
    return ANSI.matcher(text).replaceAll("").length();
  }
}
