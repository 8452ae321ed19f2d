package org.wuhealth.facts;

/** Outcome of the last update scan. */
public enum ScanResult implements WireValue {
  SUCCEEDED("Succeeded"),
  FAILED("Failed");

  private final String wire;

  ScanResult(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
