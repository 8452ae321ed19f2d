package org.wuhealth.facts;

/** Outcome of one install attempt. */
public enum AttemptResult implements WireValue {
  NOT_APPLICABLE("NotApplicable"),
  FAILED("Failed"),
  SUCCEEDED("Succeeded"),
  ALREADY_INSTALLED("AlreadyInstalled"),
  PENDING("Pending");

  private final String wire;

  AttemptResult(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
