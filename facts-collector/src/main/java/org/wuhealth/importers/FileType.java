package org.wuhealth.importers;

/**
 * The kinds of file wuhealth recognises by their content. {@link #format()} is the name recorded in
 * provenance; streamed types are read line by line, the others whole.
 */
public enum FileType {
  SYSTEMINFO("systeminfo", "systeminfo output", false),
  QFE("qfe", "installed-update list (wmic qfe / Get-HotFix)", false),
  SERVICES("services", "service list (Get-Service)", false),
  REGISTRY("registry", "registry export", false),
  REPORTING_EVENTS("reportingEvents", "ReportingEvents.log", true),
  WINDOWS_UPDATE_LOG("windowsUpdateLog", "WindowsUpdate.log", true),
  CBS_LOG("cbsLog", "CBS.log", true),
  IIS_LOG("iisLog", "IIS W3C log", true),
  WSUS_WEB_CONFIG("wsusWebConfig", "WSUS ClientWebService web.config", false),
  COMPONENT_STORE(
      "componentStore", "component store check (DISM, Repair-WindowsImage or CheckSUR.log)", false),
  DEPLOYMENT_SERVICE(
      "deploymentService", "deployment service data (Microsoft Graph windowsUpdates JSON)", false),
  SNAPSHOT("snapshot", "wuhealth snapshot", false),
  ZIP("zip", "zip archive", false);

  private final String format;
  private final String description;
  private final boolean streamed;

  FileType(String format, String description, boolean streamed) {
    this.format = format;
    this.description = description;
    this.streamed = streamed;
  }

  public String format() {
    return format;
  }

  public String description() {
    return description;
  }

  /** True for logs, which are read line by line in bounded memory. */
  public boolean streamed() {
    return streamed;
  }
}
