package org.wuhealth.facts;

/** OS product type (OSVERSIONINFOEX.wProductType: 1 workstation, 2 domain controller, 3 server). */
public enum ProductType implements WireValue {
  SERVER("server"),
  DOMAIN_CONTROLLER("domainController"),
  WORKSTATION("workstation");

  private final String wire;

  ProductType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
