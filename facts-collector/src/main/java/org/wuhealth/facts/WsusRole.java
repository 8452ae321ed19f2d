package org.wuhealth.facts;

/** What of WSUS is installed on the host. */
public enum WsusRole implements WireValue {
  SERVER("Server"),
  CONSOLE_ONLY("ConsoleOnly"),
  NONE("None");

  private final String wire;

  WsusRole(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
