package org.wuhealth.cli;

/**
 * Every exit code wuhealth returns, in one place (documented in docs/usage.md). When several apply,
 * the highest wins: an unreadable input outranks findings. (An internal error ends the command, so
 * it never competes with {@link #INPUTS_FAILED}.)
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

  /**
   * {@code batch}: some inputs could not be read or analysed; all the others were, and the outputs
   * were written (errors.jsonl lists the failures). Distinct from 2 so that scripts can tell "the
   * run was refused" from "the run is complete except for these inputs".
   */
  public static final int INPUTS_FAILED = 4;

  private ExitCodes() {}
}
