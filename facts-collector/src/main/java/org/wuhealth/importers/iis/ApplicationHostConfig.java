package org.wuhealth.importers.iis;

import java.util.List;

/**
 * What IIS's {@code applicationHost.config} says about its sites.
 *
 * @param defaultLogDirectory the logFile directory of {@code siteDefaults}, or IIS's default
 */
public record ApplicationHostConfig(List<Site> sites, String defaultLogDirectory) {
  /** IIS's log folder when {@code siteDefaults} names none. */
  public static final String DEFAULT_LOG_DIRECTORY = "%SystemDrive%\\inetpub\\logs\\LogFiles";

  public ApplicationHostConfig {
    sites = List.copyOf(sites);
  }

  /**
   * One site.
   *
   * @param autoStart serverAutoStart; IIS Manager sets it to false when a site is stopped, so that
   *     it stays stopped when IIS starts again
   * @param ports the ports of its http bindings, then of its https bindings
   * @param applications the paths of its applications ("/", "/ClientWebService", ...)
   * @param logDirectory its own logFile directory, or null for the default
   */
  public record Site(
      long id,
      String name,
      boolean autoStart,
      List<Integer> ports,
      List<String> applications,
      String logDirectory) {
    public Site {
      ports = List.copyOf(ports);
      applications = List.copyOf(applications);
    }

    /** Its logFile directory, else the one of {@code siteDefaults}. */
    public String logDirectory(ApplicationHostConfig config) {
      return logDirectory != null ? logDirectory : config.defaultLogDirectory();
    }
  }
}
