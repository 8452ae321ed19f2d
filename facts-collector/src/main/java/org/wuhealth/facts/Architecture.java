package org.wuhealth.facts;

/** Native processor architecture of a host or the target architecture of a package. */
public enum Architecture implements WireValue {
  X86("x86"),
  X64("x64"),
  ARM64("arm64"),
  IA64("ia64");

  private final String wire;

  Architecture(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
