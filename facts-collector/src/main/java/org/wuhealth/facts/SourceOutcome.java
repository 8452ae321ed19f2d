package org.wuhealth.facts;

/** How reading one source of a live collection ended. */
public enum SourceOutcome implements WireValue {
  /** Read completely. */
  OK("ok"),
  /** Read, but some of it could not be (access denied on a key, an unreadable file). */
  PARTIAL("partial"),
  /** Nothing could be read. */
  FAILED("failed"),
  /** Abandoned when its time budget ran out. */
  TIMED_OUT("timedOut"),
  /** Not applicable to this host (no WSUS role, no ConfigMgr client). */
  SKIPPED("skipped");

  private final String wire;

  SourceOutcome(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
