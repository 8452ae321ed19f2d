package org.wuhealth.facts;

/** Where an installed-update record was read. */
public enum UpdateSource implements WireValue {
  QFE("qfe"),
  CBS("cbs"),
  HISTORY("history"),
  SYSTEMINFO("systeminfo");

  private final String wire;

  UpdateSource(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
