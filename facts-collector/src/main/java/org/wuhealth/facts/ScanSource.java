package org.wuhealth.facts;

/** The service a device scans against. */
public enum ScanSource implements WireValue {
  WSUS("WSUS"),
  WINDOWS_UPDATE("WindowsUpdate"),
  MICROSOFT_UPDATE("MicrosoftUpdate"),
  OTHER("Other");

  private final String wire;

  ScanSource(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
