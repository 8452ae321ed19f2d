package org.wuhealth.engine;

import java.util.List;

/** DRL that does not compile: every error as {@code file:line:column: message}. */
public final class RuleCompilationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> errors;

  public RuleCompilationException(List<String> errors) {
    super(String.join("\n", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
