package org.wuhealth.facts;

/** A registry or WMI marker that says a restart is pending. */
public enum RebootSignalKind implements WireValue {
  CBS_REBOOT_PENDING("CbsRebootPending"),
  WU_REBOOT_REQUIRED("WuRebootRequired"),
  PENDING_FILE_RENAME_OPERATIONS("PendingFileRenameOperations"),
  PENDING_COMPUTER_RENAME("PendingComputerRename"),
  PENDING_DOMAIN_JOIN("PendingDomainJoin"),
  CONFIG_MGR_REBOOT_PENDING("ConfigMgrRebootPending"),
  UPDATE_EXE_VOLATILE("UpdateExeVolatile"),
  CBS_PACKAGES_PENDING("CbsPackagesPending"),
  OTHER("Other");

  private final String wire;

  RebootSignalKind(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
