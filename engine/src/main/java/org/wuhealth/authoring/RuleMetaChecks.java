package org.wuhealth.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.rules.catalog.RuleMetadata;

/**
 * Checks that compiling cannot make: rules stay pure (no printing, no clock: "now" comes in as the
 * EvaluationTime fact, no System.exit or Runtime.halt), scaffold text was replaced, and no focus
 * flag was left behind. Each problem is one {@code file[:line:column]: message} line.
 */
public final class RuleMetaChecks {
  private RuleMetaChecks() {}

  /**
   * {@code fires-} fixtures whose tests.yml entry does not state the expected severity, confidence
   * and at least one evidence fragment, one {@code folder/tests.yml: ...} line each.
   */
  public static List<String> unstatedExpectations(List<RuleDefinition> rules) {
    List<String> problems = new ArrayList<>();
    for (RuleDefinition rule : rules) {
      for (Fixture f : rule.fixtures()) {
        List<String> missing = f.expectFires() ? f.expectation().unstatedForAFinding() : List.of();
        if (!missing.isEmpty()) {
          problems.add(
              folder(rule)
                  + "tests.yml: "
                  + f.name()
                  + " states no "
                  + String.join(", no ", missing)
                  + " of the finding it expects");
        }
      }
    }
    return problems;
  }

  /** Printing, clock reads and process exits in rules and helpers: fatal, nothing runs. */
  public static List<String> purity(List<RuleDefinition> rules, List<DrlFile> helpers) {
    List<String> problems = new ArrayList<>();
    for (DrlFile helper : helpers) {
      purity(helper.sourceName(), helper.text(), problems);
    }
    for (RuleDefinition rule : rules) {
      purity(rule.sourceName(), rule.drl(), problems);
    }
    return problems;
  }

  /** Focus flags left in tests.yml: the run is incomplete, so it must not pass. */
  public static List<String> focusFlags(List<RuleDefinition> rules) {
    List<String> problems = new ArrayList<>();
    for (RuleDefinition rule : rules) {
      String folder = folder(rule);
      if (rule.tests().isFocused()) {
        problems.add(folder + "tests.yml: focus: true left in; remove it before committing");
      }
      for (Fixture f : rule.fixtures()) {
        if (f.expectation().isFocused()) {
          problems.add(
              folder
                  + "tests.yml: focus: true left on "
                  + f.name()
                  + "; remove it before committing");
        }
      }
    }
    return problems;
  }

  /** Scaffold text ("TODO") still in the metadata: the rule is not finished. */
  public static boolean unfinished(RuleMetadata m) {
    List<String> texts = new ArrayList<>(List.of(m.title(), m.guide(), m.description()));
    texts.addAll(m.remediation());
    return texts.stream().anyMatch(t -> t != null && t.contains("TODO"));
  }

  static String folder(RuleDefinition rule) {
    return rule.sourceName().substring(0, rule.sourceName().lastIndexOf('/') + 1);
  }

  /**
   * Finds printing, clock reads and process exits in the DRL's code: comments and string literals
   * are blanked and white space is dropped before matching, so that "System .out", "Instant .now
   * ()" and "java.lang.System.exit" are found as well; each problem names the line and column.
   */
  private static void purity(String file, String drl, List<String> problems) {
    String code = blankCommentsAndStrings(drl);
    StringBuilder compact = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isWhitespace(code.charAt(i))) {
        compact.append(code.charAt(i));
        at.add(i);
      }
    }
    Set<Integer> reportedLines = new HashSet<>();
    for (Forbidden f : Forbidden.values()) {
      Matcher m = f.pattern.matcher(compact);
      while (m.find()) {
        int offset = at.get(m.start());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
          if (drl.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        if (reportedLines.add(line)) {
          problems.add(
              file + ":" + line + ":" + (offset - lineStart + 1) + ": " + f.message(m.group()));
        }
      }
    }
  }

  /** What rule code must not do, and why. */
  private enum Forbidden {
    EXIT(
        "System\\.exit\\(|Runtime\\.getRuntime\\(\\)\\.(?:exit|halt)\\(|\\.halt\\(\\d",
        "rules must not end the process (%s): a rule's action runs inside wuhealth, and an exit"
            + " would end every analysis with no report"),
    PRINT(
        "System\\.(?:out|err)\\b|printStackTrace",
        "rules must not print (%s); insert a Hit with evidence"),
    CLOCK(
        "currentTimeMillis|nanoTime|\\.now\\(|new(?:java\\.util\\.)?Date\\(|Clock\\.",
        "rules must not read the clock (%s); use the EvaluationTime fact for now");

    final Pattern pattern;
    final String message;

    Forbidden(String regex, String message) {
      this.pattern = Pattern.compile(regex);
      this.message = message;
    }

    String message(String found) {
      return String.format(message, found.endsWith("(") ? found + ")" : found);
    }
  }

  /** The text with comments and string literals replaced by spaces, newlines kept. */
  private static String blankCommentsAndStrings(String drl) {
    StringBuilder out = new StringBuilder(drl.length());
    int i = 0;
    int n = drl.length();
    while (i < n) {
      char c = drl.charAt(i);
      if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/') {
        while (i < n && drl.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
        int end = drl.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        for (; i < end; i++) {
          out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
        }
      } else if (c == '"' || c == '\'') {
        out.append(' ');
        i++;
        while (i < n && drl.charAt(i) != c && drl.charAt(i) != '\n') {
          if (drl.charAt(i) == '\\' && i + 1 < n) {
            out.append(' ');
            i++;
          }
          out.append(' ');
          i++;
        }
        if (i < n && drl.charAt(i) == c) {
          out.append(' ');
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
