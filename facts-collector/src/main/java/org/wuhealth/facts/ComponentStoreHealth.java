package org.wuhealth.facts;

/** Result of a component store health check (DISM /CheckHealth or /ScanHealth). */
public enum ComponentStoreHealth implements WireValue {
  HEALTHY("Healthy"),
  REPAIRABLE("Repairable"),
  NON_REPAIRABLE("NonRepairable"),
  UNKNOWN("Unknown");

  private final String wire;

  ComponentStoreHealth(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
