package org.wuhealth.engine;

/**
 * A rule's own code failed on one host (an exception in an action or a condition, a stack overflow,
 * memory exhausted): that host's analysis is lost, the run goes on with the others.
 */
public final class RuleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  RuleFailure(String rule, Throwable cause) {
    super(
        (rule == null ? "a rule" : "rule " + rule) + " failed: " + describe(cause),
        cause,
        false,
        false);
    this.rule = rule;
  }

  /** The failing rule's name, or null when the stack does not tell. */
  public String rule() {
    return rule;
  }

  private static String describe(Throwable cause) {
    if (cause instanceof StackOverflowError) {
      return "stack overflow (a rule that calls itself without end?)";
    }
    if (cause instanceof OutOfMemoryError) {
      return "out of memory";
    }
    String message = cause.getMessage();
    String line = cause.getClass().getName() + (message == null ? "" : ": " + message);
    int newline = line.indexOf('\n');
    return newline < 0 ? line : line.substring(0, newline);
  }
}
