package org.wuhealth.facts;

/** How a snapshot was produced. */
public enum CollectorMode implements WireValue {
  LIVE("live"),
  IMPORT("import"),
  MANUAL("manual");

  private final String wire;

  CollectorMode(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
