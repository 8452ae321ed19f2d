package org.wuhealth.facts;

import java.util.List;

/**
 * WSUS role, version and server-side configuration of the host. {@code contentDir} is the folder
 * WSUS keeps update files in.
 */
public record Wsus(
    WsusRole role,
    @Matches("^[0-9]+(\\.[0-9]+){1,3}$") String version,
    ClientWebService clientWebService,
    List<WsusSite> sites,
    IisLogSummary iisLog,
    ConfigMgr configMgr,
    @Description(
            "A wuhealth addition: the WSUS content folder (Setup\\ContentDir), where downloaded"
                + " update files are kept.")
        String contentDir) {

  public Wsus {
    sites = Lists.copyOrNull(sites);
  }

  /** A builder: code names the members it sets; the others stay null (not collected). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Wsus} member by member. */
  public static final class Builder {
    private WsusRole role;
    private String version;
    private ClientWebService clientWebService;
    private List<WsusSite> sites;
    private IisLogSummary iisLog;
    private ConfigMgr configMgr;
    private String contentDir;

    private Builder() {}

    public Builder role(WsusRole role) {
      this.role = role;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder clientWebService(ClientWebService clientWebService) {
      this.clientWebService = clientWebService;
      return this;
    }

    public Builder sites(List<WsusSite> sites) {
      this.sites = sites;
      return this;
    }

    public Builder iisLog(IisLogSummary iisLog) {
      this.iisLog = iisLog;
      return this;
    }

    public Builder configMgr(ConfigMgr configMgr) {
      this.configMgr = configMgr;
      return this;
    }

    public Builder contentDir(String contentDir) {
      this.contentDir = contentDir;
      return this;
    }

    public Wsus build() {
      return new Wsus(role, version, clientWebService, sites, iisLog, configMgr, contentDir);
    }
  }
}
