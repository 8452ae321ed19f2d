package org.wuhealth.engine;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.wuhealth.facts.WireValue;

/**
 * Finds conditions that compare an enum field with a string ({@code Wsus( role == "Server" )}).
 * Drools accepts them and they never match (or, with {@code !=}, always do), so a rule with one
 * silently never fires; here it is a compile error that names the constant to write.
 */
final class EnumComparisons {
  private static final String FIELD = "([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)";
  private static final Pattern FIELD_FIRST =
      Pattern.compile("^\\s*" + FIELD + "\\s*(==|!=)\\s*\"([^\"]*)\"\\s*$");
  private static final Pattern STRING_FIRST =
      Pattern.compile("^\\s*\"([^\"]*)\"\\s*(==|!=)\\s*" + FIELD + "\\s*$");
  private static final Pattern AND_OR = Pattern.compile("&&|\\|\\|");

  private EnumComparisons() {}

  /** The comparisons of an enum with a string in {@code drl}; none when it does not parse. */
  static List<DrlProblem> find(String drl, ClassLoader classes) {
    PackageDescr pkg;
    try {
      DrlParser parser = new DrlParser();
      pkg = parser.parse(false, drl);
      if (pkg == null || parser.hasErrors()) {
        return List.of(); // the compiler reports those
      }
    } catch (DroolsParserException e) {
      return List.of();
    }
    DrlText text = new DrlText(drl);
    List<DrlProblem> problems = new ArrayList<>();
    for (RuleDescr rule : pkg.getRules()) {
      walk(rule.getLhs(), pkg, classes, text, problems);
    }
    return problems;
  }

  private static void walk(
      BaseDescr descr,
      PackageDescr pkg,
      ClassLoader classes,
      DrlText text,
      List<DrlProblem> problems) {
    if (descr instanceof ConditionalElementDescr element) {
      for (Object child : element.getDescrs()) {
        walk((BaseDescr) child, pkg, classes, text, problems);
      }
    } else if (descr instanceof PatternDescr pattern) {
      Optional<Class<?>> type = resolve(pattern.getObjectType(), pkg, classes);
      for (BaseDescr constraint : pattern.getDescrs()) {
        if (type.isPresent() && constraint instanceof ExprConstraintDescr expr) {
          check(type.get(), expr, text, problems);
        }
      }
      if (pattern.getSource() != null) {
        walk(pattern.getSource(), pkg, classes, text, problems);
      }
    }
  }

  private static void check(
      Class<?> type, ExprConstraintDescr expr, DrlText text, List<DrlProblem> problems) {
    for (String part : AND_OR.split(expr.getExpression())) {
      Matcher m = FIELD_FIRST.matcher(part);
      String path;
      String literal;
      if (m.matches()) {
        path = m.group(1);
        literal = m.group(3);
      } else if ((m = STRING_FIRST.matcher(part)).matches()) {
        path = m.group(3);
        literal = m.group(1);
      } else {
        continue;
      }
      Optional<Class<?>> fieldType = typeOf(type, path);
      if (fieldType.isPresent() && fieldType.get().isEnum()) {
        Class<?> e = fieldType.get();
        problems.add(
            text.locate(Math.max(expr.getLine(), 1), part.strip())
                .problem(
                    path
                        + " is a "
                        + e.getSimpleName()
                        + ", never equal to the string \""
                        + literal
                        + "\"; compare with "
                        + constantFor(e, literal)));
      }
    }
  }

  /** The constant spelled (or written in snapshots) like {@code literal}, or all of them. */
  private static String constantFor(Class<?> type, String literal) {
    String simple = type.getSimpleName();
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    for (Object constant : type.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      boolean wire = constant instanceof WireValue w && w.wire().equalsIgnoreCase(literal);
      if (wire || name.equalsIgnoreCase(literal.replace(' ', '_'))) {
        return simple + "." + name;
      }
    }
    return Spelling.closest(literal.toUpperCase(Locale.ROOT), names)
        .map(n -> simple + "." + n)
        .orElse("one of " + String.join(", ", names.stream().map(n -> simple + "." + n).toList()));
  }

  private static Optional<Class<?>> resolve(String name, PackageDescr pkg, ClassLoader classes) {
    List<String> candidates = new ArrayList<>();
    if (name.contains(".")) {
      candidates.add(name);
    }
    for (ImportDescr i : pkg.getImports()) {
      String target = i.getTarget();
      if (target.endsWith("." + name)) {
        candidates.add(target);
      } else if (target.endsWith(".*")) {
        candidates.add(target.substring(0, target.length() - 1) + name);
      }
    }
    for (String candidate : candidates) {
      try {
        return Optional.of(Class.forName(candidate, false, classes));
      } catch (ClassNotFoundException | LinkageError e) {
        // not this one
      }
    }
    return Optional.empty();
  }

  /**
   * The type of a property path ({@code os.architecture}) on {@code type}, if every step exists.
   */
  private static Optional<Class<?>> typeOf(Class<?> type, String path) {
    Class<?> current = type;
    for (String step : path.split("\\.")) {
      Optional<Class<?>> next = property(current, step);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.of(current);
  }

  private static Optional<Class<?>> property(Class<?> type, String name) {
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getName().equals(name)) {
          return Optional.of(c.getType());
        }
      }
    }
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String getter : List.of("get" + capitalised, "is" + capitalised, name)) {
      try {
        Method m = type.getMethod(getter);
        return Optional.of(m.getReturnType());
      } catch (NoSuchMethodException e) {
        // try the next spelling
      }
    }
    return Optional.empty();
  }
}
