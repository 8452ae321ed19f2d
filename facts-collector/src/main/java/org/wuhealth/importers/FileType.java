package org.wuhealth.importers;

/**
 * The kinds of file wuhealth recognises by their content. {@link #format()} is the name recorded in
 * provenance; streamed types are read line by line, the others whole. Every kind is a raw export of
 * one host that an import merges, except the three that say why they are not.
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
  IIS_CONFIG("iisConfig", "IIS applicationHost.config", false),
  COMPONENT_STORE(
      "componentStore", "component store check (DISM, Repair-WindowsImage or CheckSUR.log)", false),
  DEPLOYMENT_SERVICE(
      "deploymentService", "deployment service data (Microsoft Graph windowsUpdates JSON)", false),
  SNAPSHOT(
      "snapshot",
      "wuhealth snapshot",
      "a wuhealth snapshot is not merged into an import; analyze it on its own"),
  ZIP("zip", "zip archive", "an archive inside an archive is not opened; unpack it first"),
  REPORT(
      "report",
      "wuhealth report",
      "a wuhealth report (the output of analyze, check-package or batch), not an export");

  private final String format;
  private final String description;
  private final boolean streamed;
  private final String notAnExport;

  FileType(String format, String description, boolean streamed) {
    this.format = format;
    this.description = description;
    this.streamed = streamed;
    this.notAnExport = null;
  }

  FileType(String format, String description, String notAnExport) {
    this.format = format;
    this.description = description;
    this.streamed = false;
    this.notAnExport = notAnExport;
  }

  /** True for the raw exports of one host, which an import reads and merges. */
  public boolean rawExport() {
    return notAnExport == null;
  }

  /** Why a file of this kind is not part of an import, or null for raw exports. */
  public String notAnExport() {
    return notAnExport;
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
