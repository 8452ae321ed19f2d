package org.wuhealth.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.rules.catalog.DrlFile;
import org.wuhealth.rules.catalog.Fixture;
import org.wuhealth.rules.catalog.RuleDefinition;
import org.wuhealth.rules.catalog.RuleMetadata;

/**
 * Checks that compiling cannot make: rules stay pure (no printing, no clock: "now" comes in as the
 * EvaluationTime fact), scaffold text was replaced, and no focus flag was left behind. Each problem
 * is one {@code file[:line:column]: message} line.
 */
public final class RuleMetaChecks {
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "System\\.(out|err)|printStackTrace|currentTimeMillis|nanoTime|\\.now\\(|new\\s+(java\\.util\\.)?Date\\(|Clock\\.");

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

  /** Printing and clock reads in rules and helpers: fatal, nothing runs. */
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

  private static void purity(String file, String drl, List<String> problems) {
    String[] lines = drl.split("\\R", -1);
    boolean inBlockComment = false;
    for (int i = 0; i < lines.length; i++) {
      String code = lines[i];
      if (inBlockComment) {
        int end = code.indexOf("*/");
        if (end < 0) {
          continue;
        }
        code = " ".repeat(end + 2) + code.substring(end + 2);
        inBlockComment = false;
      }
      code = blankBlockComments(code);
      int open = code.indexOf("/*");
      if (open >= 0) {
        code = code.substring(0, open);
        inBlockComment = true;
      }
      int comment = code.indexOf("//");
      if (comment >= 0) {
        code = code.substring(0, comment);
      }
      Matcher m = FORBIDDEN.matcher(code);
      if (m.find()) {
        problems.add(
            file
                + ":"
                + (i + 1)
                + ":"
                + (m.start() + 1)
                + ": rules must not print or read the clock ("
                + m.group()
                + "); insert a Hit with evidence, and use the EvaluationTime fact for now");
      }
    }
  }

  /** Replaces one-line block comments by spaces, keeping columns. */
  private static String blankBlockComments(String line) {
    Matcher m = Pattern.compile("/\\*.*?\\*/").matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, " ".repeat(m.group().length()));
    }
    return m.appendTail(out).toString();
  }
}
