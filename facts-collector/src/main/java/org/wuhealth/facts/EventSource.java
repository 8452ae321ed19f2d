package org.wuhealth.facts;

/** The log an event was read from. */
public enum EventSource implements WireValue {
  REPORTING_EVENTS("ReportingEvents"),
  WINDOWS_UPDATE_CLIENT("WindowsUpdateClient"),
  WINDOWS_UPDATE_LOG("WindowsUpdateLog"),
  CBS("CBS"),
  IIS("IIS"),
  APPLICATION("Application"),
  OTHER("Other");

  private final String wire;

  EventSource(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }
}
