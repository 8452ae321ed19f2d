package org.wuhealth.facts;

/** Category of a deployment-service deployment. */
public enum DeploymentCategory implements WireValue {
  QUALITY("quality"),
  FEATURE("feature"),
  DRIVER("driver");

  private final String wire;

  DeploymentCategory(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
