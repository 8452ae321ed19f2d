package org.wuhealth.facts;

/** Registry InstallationType: full server, Server Core or a client OS. */
public enum InstallationType implements WireValue {
  SERVER("Server"),
  SERVER_CORE("Server Core"),
  CLIENT("Client");

  private final String wire;

  InstallationType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
