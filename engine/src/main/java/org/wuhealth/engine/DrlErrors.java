package org.wuhealth.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;
import org.wuhealth.rules.api.FactTypes;

/**
 * Turns Drools build messages into {@code file:line:column: message} lines an author can act on.
 * Drools gives a reliable line but no column (and parse errors carry their own line:column in the
 * text), so the column is recovered by finding the offending token in the source line; unknown fact
 * types and members get a "did you mean" from the types rules can use.
 */
final class DrlErrors {
  private static final Pattern PARSER = Pattern.compile("^\\[ERR \\d+\\] Line (\\d+):(\\d+) (.*)$");
  private static final Pattern UNKNOWN_TYPE =
      Pattern.compile("Unable to resolve ObjectType '([^']+)'");
  private static final Pattern UNKNOWN_MEMBER =
      Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern UNDEFINED_METHOD =
      Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
  private static final Pattern RULE_SUFFIX =
      Pattern.compile("\\s*:\\s*\\[Rule name='[^']*'\\]\\s*$");

  private DrlErrors() {}

  /**
   * @param sourcesByPath the DRL text of each file, keyed by the name Drools reports (its path in
   *     the build)
   * @param displayNames the name to show for each such path
   */
  static List<String> format(
      List<Message> messages, Map<String, String> sourcesByPath, Map<String, String> displayNames) {
    List<String> lines = new ArrayList<>();
    for (Message m : messages) {
      String text = m.getText() == null ? "" : m.getText().trim();
      // Drools adds this after every parse error; it only repeats the real one.
      if (text.startsWith("Parser returned a null Package")) {
        continue;
      }
      String path = m.getPath();
      String source = sourcesByPath.getOrDefault(path, "");
      String file = displayNames.getOrDefault(path, path == null ? "(unknown file)" : path);
      lines.add(describe(file, Math.max(m.getLine(), 0), text, source));
    }
    return lines;
  }

  private static String describe(String file, int line, String text, String source) {
    String oneLine = RULE_SUFFIX.matcher(text.replaceAll("\\s*\\R\\s*", " ")).replaceAll("");
    Matcher parser = PARSER.matcher(oneLine);
    if (parser.matches()) {
      int l = Integer.parseInt(parser.group(1));
      return at(file, l, Integer.parseInt(parser.group(2)) + 1, "syntax error: " + parser.group(3));
    }
    Matcher type = UNKNOWN_TYPE.matcher(oneLine);
    if (type.find()) {
      String name = type.group(1);
      Position p = locate(source, line, name);
      return at(file, p.line, p.column, "unknown fact type " + name + suggest(name, typeNames()));
    }
    Matcher member = UNKNOWN_MEMBER.matcher(oneLine);
    if (member.find()) {
      String owner = member.group(1);
      String name = member.group(2);
      Position p = locate(source, line, name);
      return at(
          file,
          p.line,
          p.column,
          "unknown field " + name + " of " + simple(owner) + suggest(name, memberNames(owner)));
    }
    Matcher undefined = UNDEFINED_METHOD.matcher(oneLine);
    if (undefined.find()) {
      String name = undefined.group(1);
      Position p = locate(source, line, name + "(");
      return at(
          file,
          p.line,
          p.column,
          "unknown method "
              + name
              + "("
              + undefined.group(2)
              + ") of "
              + undefined.group(3)
              + suggest(name, memberNamesBySimpleName(undefined.group(3))));
    }
    return at(file, line, 1, oneLine);
  }

  private static String at(String file, int line, int column, String message) {
    return file + ":" + line + ":" + column + ": " + message;
  }

  private record Position(int line, int column) {}

  /**
   * Finds {@code token} at or after {@code line} (Drools reports the rule's first line for errors
   * inside it); falls back to column 1 of the reported line.
   */
  private static Position locate(String source, int line, String token) {
    String[] lines = source.split("\\R", -1);
    for (int i = Math.max(line - 1, 0); i < lines.length; i++) {
      int at = lines[i].indexOf(token);
      if (at >= 0) {
        return new Position(i + 1, at + 1);
      }
      if (i > line - 1 && lines[i].trim().equals("end")) {
        break;
      }
    }
    return new Position(line, 1);
  }

  private static String suggest(String wrong, Collection<String> known) {
    return Spelling.didYouMean(wrong, known);
  }

  private static Set<String> typeNames() {
    Set<String> names = new TreeSet<>();
    FactTypes.all().forEach(t -> names.add(t.getSimpleName()));
    return names;
  }

  private static Set<String> memberNames(String className) {
    try {
      return members(Class.forName(className));
    } catch (ClassNotFoundException e) {
      return Set.of();
    }
  }

  private static Set<String> memberNamesBySimpleName(String simpleName) {
    return FactTypes.all().stream()
        .filter(t -> t.getSimpleName().equals(simpleName))
        .findFirst()
        .map(DrlErrors::members)
        .orElse(Set.of());
  }

  /**
   * Record components, getters as properties ("isKnown" gives "known"), and other public methods.
   */
  private static Set<String> members(Class<?> type) {
    Set<String> names = new TreeSet<>();
    if (type.isRecord()) {
      for (var c : type.getRecordComponents()) {
        names.add(c.getName());
      }
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
        continue;
      }
      String n = m.getName();
      names.add(n);
      if (n.startsWith("get") && n.length() > 3) {
        names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
      } else if (n.startsWith("is") && n.length() > 2) {
        names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
      }
    }
    return names;
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
