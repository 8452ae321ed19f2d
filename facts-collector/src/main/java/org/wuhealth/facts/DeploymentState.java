package org.wuhealth.facts;

/** State of a deployment-service deployment; only offering delivers content. */
public enum DeploymentState implements WireValue {
  OFFERING("offering"),
  PAUSED("paused"),
  SCHEDULED("scheduled");

  private final String wire;

  DeploymentState(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
