package org.wuhealth.facts;

/** Service start type. */
public enum StartType implements WireValue {
  AUTOMATIC("Automatic"),
  AUTOMATIC_DELAYED("AutomaticDelayed"),
  MANUAL("Manual"),
  DISABLED("Disabled"),
  UNKNOWN("Unknown");

  private final String wire;

  StartType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
