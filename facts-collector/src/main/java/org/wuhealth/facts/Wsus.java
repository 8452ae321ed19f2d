package org.wuhealth.facts;

import java.util.List;

/**
 * WSUS role, version and server-side configuration of the host. {@code contentDir} (last, so that
 * older code keeps compiling) is the folder WSUS keeps update files in.
 */
public record Wsus(
    WsusRole role,
    String version,
    ClientWebService clientWebService,
    List<WsusSite> sites,
    IisLogSummary iisLog,
    ConfigMgr configMgr,
    String contentDir) {

  public Wsus {
    sites = Lists.copyOrNull(sites);
  }

  /** WSUS facts without the content folder. */
  public Wsus(
      WsusRole role,
      String version,
      ClientWebService clientWebService,
      List<WsusSite> sites,
      IisLogSummary iisLog,
      ConfigMgr configMgr) {
    this(role, version, clientWebService, sites, iisLog, configMgr, null);
  }
}
