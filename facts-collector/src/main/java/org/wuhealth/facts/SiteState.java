package org.wuhealth.facts;

/** IIS site state. */
public enum SiteState implements WireValue {
  STARTED("Started"),
  STOPPED("Stopped"),
  UNKNOWN("Unknown");

  private final String wire;

  SiteState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
