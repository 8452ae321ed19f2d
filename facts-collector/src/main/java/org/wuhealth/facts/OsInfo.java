package org.wuhealth.facts;

import java.time.Instant;

/**
 * Operating system identity. {@code version} is the NT version ("6.3", "10.0") and {@code build}
 * the build number (9600, 14393); {@code ubr} (update build revision) is null when unknown, for
 * example in systeminfo exports, which never show it. {@code displayVersion} is the release name
 * the registry shows on 20H2 and later ("21H2", "24H2"). Any other field may be null when unknown.
 */
public record OsInfo(
    String productName,
    String version,
    int build,
    Integer ubr,
    ProductType productType,
    InstallationType installationType,
    String editionId,
    Architecture architecture,
    Instant lastBootTime,
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
}
