package org.wuhealth.facts;

import java.time.Instant;

/**
 * Operating system identity. {@code version} is the NT version ("6.3", "10.0") and {@code build}
 * the build number (9600, 14393); {@code ubr} (update build revision) is null when unknown, for
 * example in systeminfo exports, which never show it. {@code displayVersion} is the release name
 * the registry shows on 20H2 and later ("21H2", "24H2"). Any other field may be null when unknown.
 */
public record OsInfo(
    @Description(
            "ProductName from the registry or systeminfo; Windows 11 may still say Windows 10.")
        String productName,
    @Description("NT version, e.g. 6.3 or 10.0.") @Matches("^[0-9]+\\.[0-9]+$") String version,
    @Description("Build number, e.g. 9600, 14393, 26100.") @Range(min = 0) int build,
    @Description("Update build revision (registry UBR); null when unknown.") @Range(min = 0)
        Integer ubr,
    ProductType productType,
    InstallationType installationType,
    String editionId,
    @Description("Native architecture (a 32-bit process on 64-bit Windows still reports x64).")
        Architecture architecture,
    Instant lastBootTime,
    @WireAfter("editionId")
        @Description(
            "A wuhealth addition: the release name the registry shows (CurrentVersion"
                + " DisplayVersion) on 20H2 and later, for example 21H2 or 24H2.")
        String displayVersion) {

  /** "9600.20778" when the UBR is known, else "9600". */
  public String buildLabel() {
    return ubr == null ? Integer.toString(build) : build + "." + ubr;
  }

  /** True when the host is a server OS (by product type, else by installation type). */
  public Boolean isServer() {
    if (productType != null) {
      return productType != ProductType.WORKSTATION;
    }
    if (installationType != null) {
      return installationType != InstallationType.CLIENT;
    }
    return null;
  }

  /** A builder: code names the members it sets; the others stay null (not collected). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OsInfo} member by member. */
  public static final class Builder {
    private String productName;
    private String version;
    private int build;
    private Integer ubr;
    private ProductType productType;
    private InstallationType installationType;
    private String editionId;
    private Architecture architecture;
    private Instant lastBootTime;
    private String displayVersion;

    private Builder() {}

    public Builder productName(String productName) {
      this.productName = productName;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder build(int build) {
      this.build = build;
      return this;
    }

    public Builder ubr(Integer ubr) {
      this.ubr = ubr;
      return this;
    }

    public Builder productType(ProductType productType) {
      this.productType = productType;
      return this;
    }

    public Builder installationType(InstallationType installationType) {
      this.installationType = installationType;
      return this;
    }

    public Builder editionId(String editionId) {
      this.editionId = editionId;
      return this;
    }

    public Builder architecture(Architecture architecture) {
      this.architecture = architecture;
      return this;
    }

    public Builder lastBootTime(Instant lastBootTime) {
      this.lastBootTime = lastBootTime;
      return this;
    }

    public Builder displayVersion(String displayVersion) {
      this.displayVersion = displayVersion;
      return this;
    }

    public OsInfo build() {
      return new OsInfo(
          productName,
          version,
          build,
          ubr,
          productType,
          installationType,
          editionId,
          architecture,
          lastBootTime,
          displayVersion);
    }
  }
}
