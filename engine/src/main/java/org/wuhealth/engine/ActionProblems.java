package org.wuhealth.engine;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.jci.CompilationProblem;

/**
 * A Java compiler problem in a rule's action ({@code then} part), placed in the DRL file. Drools
 * compiles the action inside a generated class and reports only the rule's first line; the
 * problem's own line is in that class, where the action's text starts a fixed number of lines after
 * the method Drools records as the consequence offset, line for line as in the DRL.
 */
final class ActionProblems {
  /**
   * Lines of Drools' generated consequence method before the action's first line: a blank line, the
   * signature, and the {@code kcontext} and {@code drools} variables (Drools 10.1; the tests pin
   * it).
   */
  static final int GENERATED_HEADER_LINES = 4;

  private static final Pattern UNRESOLVED =
      Pattern.compile("^(\\S+) cannot be resolved(?: to a variable)?$");
  private static final Pattern UNKNOWN_TYPE =
      Pattern.compile("^(\\S+) cannot be resolved to a type$");
  private static final Pattern MISSING =
      Pattern.compile("^Syntax error, insert \"(.+)\" to complete \\w+$");
  private static final Pattern SYNTAX = Pattern.compile("^Syntax error,? (.*)$");

  /** The generated class repeats the file's imports; a bad one is reported at its import line. */
  private static final Pattern IMPORT_ECHO =
      Pattern.compile("^(Only a type can be imported|The import )");

  private ActionProblems() {}

  /**
   * @param failedImports simple names of the file's imports that failed (already reported)
   * @param conditionsFailed whether the rule's conditions failed, leaving their bindings unknown
   * @return the problem, or nothing when it only repeats one already reported
   */
  static Optional<DrlProblem> describe(
      CompilationProblem problem,
      RuleDescr rule,
      DrlText text,
      Set<String> failedImports,
      boolean conditionsFailed) {
    String message = problem.getMessage() == null ? "" : problem.getMessage().trim();
    if (IMPORT_ECHO.matcher(message).find()) {
      return Optional.empty();
    }
    int line = line(problem, rule, text);
    Matcher m = UNKNOWN_TYPE.matcher(message);
    if (m.matches()) {
      String name = m.group(1);
      if (failedImports.contains(name)) {
        return Optional.empty();
      }
      String hint =
          DrlNames.bySimpleName(name)
              .map(t -> " (not imported: add import " + t.getName() + ";)")
              .orElse(Spelling.didYouMean(name, DrlNames.simpleNames()));
      return Optional.of(at(text, line, name, "unknown type " + name + hint));
    }
    m = UNRESOLVED.matcher(message);
    if (m.matches()) {
      String name = m.group(1);
      if (conditionsFailed) {
        return Optional.empty();
      }
      return Optional.of(
          at(
              text,
              line,
              name,
              name.startsWith("$")
                  ? name + " is not bound: bind it in the when part (" + name + " : Type( ... ))"
                  : "unknown name " + name));
    }
    m = DrlErrors.undefinedMethod().matcher(message);
    if (m.find()) {
      return Optional.of(at(text, line, m.group(1) + "(", DrlErrors.unknownMethod(m)));
    }
    m = MISSING.matcher(message);
    if (m.matches()) {
      return Optional.of(
          new DrlProblem(line, text.afterLastColumn(line), "syntax error: missing " + m.group(1)));
    }
    m = SYNTAX.matcher(message);
    String said = m.matches() ? "syntax error: " + m.group(1) : message;
    return Optional.of(new DrlProblem(line, text.firstColumn(line), said));
  }

  /** The DRL line of the problem; the action's first line if it falls outside the action. */
  private static int line(CompilationProblem problem, RuleDescr rule, DrlText text) {
    int start = text.actionStart(rule.getConsequenceLine());
    int line =
        start + problem.getStartLine() - (rule.getConsequenceOffset() + GENERATED_HEADER_LINES);
    return line >= start && line < text.ruleEnd(start) ? line : start;
  }

  /** {@code token} on {@code line}, else the line's first word. */
  private static DrlProblem at(DrlText text, int line, String token, String message) {
    int column = text.line(line).indexOf(token);
    return new DrlProblem(line, column >= 0 ? column + 1 : text.firstColumn(line), message);
  }
}
