package org.wuhealth.facts;

/** The tool or channel that attempted an install. */
public enum InstallVia implements WireValue {
  WUSA("wusa"),
  WU("wu"),
  WSUS("wsus"),
  DISM("dism"),
  MANUAL("manual");

  private final String wire;

  InstallVia(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
