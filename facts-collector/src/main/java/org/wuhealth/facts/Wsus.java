package org.wuhealth.facts;

import java.util.List;

/** WSUS role, version and server-side configuration of the host. */
public record Wsus(
    WsusRole role,
    String version,
    ClientWebService clientWebService,
    List<WsusSite> sites,
    IisLogSummary iisLog,
    ConfigMgr configMgr) {

  public Wsus {
    sites = Lists.copyOrNull(sites);
  }
}
