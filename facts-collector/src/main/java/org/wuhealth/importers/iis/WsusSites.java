package org.wuhealth.importers.iis;

import java.util.List;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.SiteState;
import org.wuhealth.facts.WsusSite;
import org.wuhealth.importers.registry.RegistryPaths;
import org.wuhealth.importers.registry.RegistryTree;

/**
 * The IIS site that serves WSUS and its state: the pure mapper from applicationHost.config, WSUS
 * setup's registry values and the World Wide Web Publishing Service (W3SVC) to {@code wsus.sites},
 * shared by the live collector and the import.
 */
public final class WsusSites {
  /** The application WSUS setup creates on the site it serves from. */
  static final String WSUS_APPLICATION = "/ClientWebService";

  private WsusSites() {}

  /** WSUS setup's {@code IISTargetWebSiteIndex}, or null when the registry does not say. */
  public static Long setupSiteIndex(RegistryTree registry) {
    return registry
        .value(RegistryPaths.WSUS_SETUP, "IISTargetWebSiteIndex")
        .map(v -> v.asLong())
        .orElse(null);
  }

  /**
   * The site that serves WSUS: the one with the ClientWebService application, else the one WSUS
   * setup recorded; null when neither is in the configuration.
   */
  public static ApplicationHostConfig.Site wsusSite(
      ApplicationHostConfig config, Long setupSiteIndex) {
    for (ApplicationHostConfig.Site s : config.sites()) {
      if (s.applications().stream().anyMatch(WSUS_APPLICATION::equalsIgnoreCase)) {
        return s;
      }
    }
    for (ApplicationHostConfig.Site s : config.sites()) {
      if (setupSiteIndex != null && s.id() == setupSiteIndex) {
        return s;
      }
    }
    return null;
  }

  /**
   * The site's state as far as configuration and the web service tell: stopped when IIS (W3SVC) is
   * not running or the site is not started with it; started when both hold; unknown without the
   * service's state (null or {@link ServiceState#UNKNOWN}). The runtime state of a site is only
   * available through the IIS management API, which needs elevation.
   */
  public static WsusSite state(ApplicationHostConfig.Site site, ServiceState w3svc) {
    SiteState state;
    if (w3svc == null || w3svc == ServiceState.UNKNOWN) {
      state = SiteState.UNKNOWN;
    } else if (w3svc != ServiceState.RUNNING || !site.autoStart()) {
      state = SiteState.STOPPED;
    } else {
      state = SiteState.STARTED;
    }
    return new WsusSite(site.name(), state, site.ports().isEmpty() ? null : site.ports().get(0));
  }

  /** {@code wsus.sites}: the WSUS site with its state, or none when IIS has no WSUS site. */
  public static List<WsusSite> sites(
      ApplicationHostConfig config, Long setupSiteIndex, ServiceState w3svc) {
    ApplicationHostConfig.Site site = wsusSite(config, setupSiteIndex);
    return site == null ? List.of() : List.of(state(site, w3svc));
  }
}
