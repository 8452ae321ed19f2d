package org.wuhealth.report;

/** The four states of the Nagios plugin API, with the exit code each one is returned as. */
public enum NagiosState {
  OK(0),
  WARNING(1),
  CRITICAL(2),
  UNKNOWN(3);

  private final int exitCode;

  NagiosState(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  /**
   * The state of several checks taken together: CRITICAL, then WARNING, then UNKNOWN, then OK (the
   * order of the monitoring plugins' max_state_alt), so that a check that could not run is never
   * hidden behind an OK.
   */
  public NagiosState worst(NagiosState other) {
    return rank() >= other.rank() ? this : other;
  }

  private int rank() {
    return switch (this) {
      case OK -> 0;
      case UNKNOWN -> 1;
      case WARNING -> 2;
      case CRITICAL -> 3;
    };
  }
}
