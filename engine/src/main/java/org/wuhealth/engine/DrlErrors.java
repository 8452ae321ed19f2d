package org.wuhealth.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.ImportError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;
import org.wuhealth.rules.catalog.DrlFile;

/**
 * Turns Drools build errors into problems at the line and column an author can act on, each said
 * once: a bad import at its import line (not at every use of the type it failed to bring in), a
 * mistake in a rule's action at its own line (Drools reports the rule's first line), misspelt
 * types, fields, enum constants and methods with the closest known name. Errors that only follow
 * from one already reported are left out.
 */
final class DrlErrors {
  private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");
  private static final Pattern IMPORT = Pattern.compile("Error importing : '([^']+)'");
  private static final Pattern UNKNOWN_TYPE =
      Pattern.compile("Unable to resolve ObjectType '([^']+)'");
  private static final Pattern UNKNOWN_MEMBER =
      Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern UNDEFINED_METHOD =
      Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
  private static final Pattern RULE_SUFFIX =
      Pattern.compile("\\s*:\\s*\\[Rule name='[^']*'\\]\\s*$");

  private DrlErrors() {}

  /** What one file's errors have in common: its text, the imports and rules that failed. */
  private static final class FileErrors {
    final DrlText text;
    final List<DrlProblem> problems = new ArrayList<>();
    final Set<String> failedImports = new HashSet<>();
    final Set<String> rulesWithConditionErrors = new HashSet<>();

    FileErrors(String source) {
      this.text = new DrlText(source);
    }
  }

  /**
   * @param files the DRL files by the source path Drools reports
   * @return the problems of each file, by the same path (null for an error without a file)
   */
  static Map<String, List<DrlProblem>> find(
      Collection<? extends KnowledgeBuilderResult> errors, Map<String, DrlFile> files) {
    Map<String, FileErrors> byFile = new HashMap<>();
    // Imports first, then conditions, then actions: each later kind may only repeat an earlier one.
    List<KnowledgeBuilderResult> ordered = new ArrayList<>();
    errors.stream().filter(e -> e instanceof ImportError).forEach(ordered::add);
    errors.stream().filter(e -> !(e instanceof ImportError) && !isAction(e)).forEach(ordered::add);
    errors.stream().filter(DrlErrors::isAction).forEach(ordered::add);
    for (KnowledgeBuilderResult e : ordered) {
      String path = e.getResource() == null ? null : e.getResource().getSourcePath();
      DrlFile file = files.get(path);
      FileErrors f =
          byFile.computeIfAbsent(path, p -> new FileErrors(file == null ? "" : file.text()));
      if (isAction(e)) {
        action((RuleBuildError) e, f);
      } else {
        condition(e, f);
      }
    }
    Map<String, List<DrlProblem>> result = new HashMap<>();
    byFile.forEach((path, f) -> result.put(path, f.problems));
    return result;
  }

  /** A Java compiler problem in a rule's generated class: an error in its action. */
  private static boolean isAction(KnowledgeBuilderResult e) {
    return e instanceof RuleBuildError r && r.getObject() instanceof CompilationProblem[];
  }

  private static void action(RuleBuildError error, FileErrors f) {
    RuleDescr rule = (RuleDescr) error.getDescr();
    for (CompilationProblem problem : (CompilationProblem[]) error.getObject()) {
      if (problem.isError()) {
        ActionProblems.describe(
                problem,
                rule,
                f.text,
                f.failedImports,
                f.rulesWithConditionErrors.contains(rule.getName()))
            .ifPresent(f.problems::add);
      }
    }
  }

  private static void condition(KnowledgeBuilderResult e, FileErrors f) {
    String text = e.getMessage() == null ? "" : e.getMessage().trim();
    if (e instanceof ParserError p) {
      // Drools adds this after every parse error; it only repeats the real one.
      if (!text.startsWith("Parser returned a null Package")) {
        f.problems.add(
            new DrlProblem(
                Math.max(p.getRow(), 1),
                p.getCol() + 1,
                "syntax error: " + PARSER_PREFIX.matcher(oneLine(text)).replaceFirst("")));
      }
      return;
    }
    Matcher badImport = IMPORT.matcher(text);
    if (e instanceof ImportError && badImport.find()) {
      String target = badImport.group(1);
      f.failedImports.add(target.substring(target.lastIndexOf('.') + 1));
      f.problems.add(importProblem(f.text, target));
      return;
    }
    int line = e.getLines().length > 0 ? e.getLines()[0] : -1;
    if (e instanceof DescrBuildError d) {
      if (d.getParentDescr() instanceof RuleDescr rule) {
        f.rulesWithConditionErrors.add(rule.getName());
      }
      line = lineOf(d);
    }
    conditionProblem(f, line, oneLine(text)).ifPresent(f.problems::add);
  }

  /** The failed descriptor's line, else its rule's (Drools leaves some at -1). */
  private static int lineOf(DescrBuildError d) {
    BaseDescr descr = d.getDescr();
    if (descr != null && descr.getLine() > 0) {
      return descr.getLine();
    }
    BaseDescr parent = d.getParentDescr();
    return parent != null && parent.getLine() > 0 ? parent.getLine() : 1;
  }

  /** At the imported name on its import line. */
  private static DrlProblem importProblem(DrlText text, String target) {
    String simple = target.substring(target.lastIndexOf('.') + 1);
    String hint =
        DrlNames.bySimpleName(simple)
            .map(t -> "; did you mean " + t.getName() + "?")
            .orElse(
                Spelling.didYouMean(
                    target, DrlNames.importable().stream().map(Class::getName).toList()));
    return text.find(Pattern.compile("^\\s*import\\s+(" + Pattern.quote(target) + ")\\s*;?"))
        .orElse(new DrlText.Position(1, 1))
        .problem("unknown import " + target + hint);
  }

  private static Optional<DrlProblem> conditionProblem(FileErrors f, int line, String text) {
    Matcher type = UNKNOWN_TYPE.matcher(text);
    if (type.find()) {
      String name = type.group(1);
      if (f.failedImports.contains(name)) {
        return Optional.empty();
      }
      String hint =
          DrlNames.bySimpleName(name)
              .map(t -> " (not imported: add import " + t.getName() + ";)")
              .orElse(Spelling.didYouMean(name, DrlNames.simpleNames()));
      return Optional.of(f.text.locate(line, name).problem("unknown fact type " + name + hint));
    }
    Matcher member = UNKNOWN_MEMBER.matcher(text);
    if (member.find()) {
      return Optional.of(unknownMember(f.text, line, member.group(1), member.group(2)));
    }
    Matcher undefined = UNDEFINED_METHOD.matcher(text);
    if (undefined.find()) {
      return Optional.of(
          f.text.locate(line, undefined.group(1) + "(").problem(unknownMethod(undefined)));
    }
    return Optional.of(
        new DrlProblem(Math.max(line, 1), 1, RULE_SUFFIX.matcher(text).replaceAll("")));
  }

  /**
   * A name Drools could not resolve on {@code owner}: a misspelt constant when the owner is an enum
   * ({@code SiteState.STOPED}), else a misspelt field.
   */
  private static DrlProblem unknownMember(DrlText text, int line, String owner, String name) {
    String simple = owner.substring(owner.lastIndexOf('.') + 1);
    Optional<Class<?>> type = DrlNames.byName(owner);
    if (type.isPresent() && type.get().isEnum()) {
      String message =
          "unknown constant "
              + name
              + " of "
              + simple
              + Spelling.didYouMean(name, DrlNames.constants(type.get()));
      return text.find(line, simple + "." + name)
          .map(p -> new DrlText.Position(p.line(), p.column() + simple.length() + 1))
          .orElseGet(() -> text.locate(line, name))
          .problem(message);
    }
    return text.locate(line, name)
        .problem(
            "unknown field "
                + name
                + " of "
                + simple
                + type.map(c -> Spelling.didYouMean(name, DrlNames.members(c))).orElse(""));
  }

  /** "unknown method symtom() of PackageCheck; did you mean symptom?" */
  static String unknownMethod(Matcher undefined) {
    String name = undefined.group(1);
    String owner = undefined.group(3);
    return "unknown method "
        + name
        + "("
        + undefined.group(2)
        + ") of "
        + owner
        + DrlNames.bySimpleName(owner)
            .map(t -> Spelling.didYouMean(name, DrlNames.members(t)))
            .orElse("");
  }

  static Pattern undefinedMethod() {
    return UNDEFINED_METHOD;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
