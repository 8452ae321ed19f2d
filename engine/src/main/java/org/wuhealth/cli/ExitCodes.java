package org.wuhealth.cli;

/**
 * Every exit code wuhealth returns, in one place (documented in the README). When several apply,
 * the highest wins: an internal error hides nothing else, an unreadable input outranks findings.
 */
public final class ExitCodes {
  /** Nothing at or above the {@code --fail-on} threshold. */
  public static final int OK = 0;

  /** At least one finding at or above the {@code --fail-on} threshold. */
  public static final int FINDINGS = 1;

  /** Bad command line, or an input that could not be read (the others are still analyzed). */
  public static final int USAGE_OR_INPUT = 2;

  /** A bug or an environment problem inside wuhealth. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
