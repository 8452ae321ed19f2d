package org.wuhealth.engine;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which rule a thread is running, from its stack. Drools compiles a rule's conditions and actions
 * into classes named after it ({@code Rule_X$u45$LOOP1067058923} for rule "X-LOOP": characters
 * other than letters and digits as {@code $uNN$}, then a hash), so a stack names the rule even
 * while a condition ({@code eval}) runs. Rule bases record their rule names here when compiled.
 */
public final class RuleFrames {
  private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

  private RuleFrames() {}

  static void know(Iterable<String> ruleNames) {
    ruleNames.forEach(KNOWN::add);
  }

  /** The rule whose generated code is innermost on {@code stack}, if any. */
  public static Optional<String> ruleOf(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      String cls = frame.getClassName();
      String simple = cls.substring(cls.lastIndexOf('.') + 1);
      if (simple.startsWith("Rule_")) {
        String best = null;
        for (String name : KNOWN) {
          String encoded = "Rule_" + encode(name);
          if (simple.startsWith(encoded)
              && simple.length() > encoded.length()
              && Character.isDigit(simple.charAt(encoded.length()))
              && (best == null || name.length() > best.length())) {
            best = name;
          }
        }
        return Optional.of(best != null ? best : simple);
      }
    }
    return Optional.empty();
  }

  private static String encode(String name) {
    StringBuilder b = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '_') {
        b.append(c);
      } else {
        b.append("$u").append((int) c).append('$');
      }
    }
    return b.toString();
  }
}
