package org.wuhealth.facts;

/** Service Control Manager run state. */
public enum ServiceState implements WireValue {
  RUNNING("Running"),
  STOPPED("Stopped"),
  START_PENDING("StartPending"),
  STOP_PENDING("StopPending"),
  PAUSED("Paused"),
  UNKNOWN("Unknown");

  private final String wire;

  ServiceState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
