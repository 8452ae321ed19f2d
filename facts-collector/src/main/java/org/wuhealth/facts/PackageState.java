package org.wuhealth.facts;

/** Component Based Servicing package state (CurrentState mapped to names). */
public enum PackageState implements WireValue {
  INSTALLED("Installed"),
  STAGED("Staged"),
  INSTALL_PENDING("InstallPending"),
  UNINSTALL_PENDING("UninstallPending"),
  SUPERSEDED("Superseded"),
  ABSENT("Absent"),
  OTHER("Other");

  private final String wire;

  PackageState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
