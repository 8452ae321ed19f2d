package org.wuhealth.knowledge;

import java.util.List;

/**
 * What a package was built for, on one basis: its file-name prefix, or the catalogue entry of its
 * KB. Each basis can say that a host is not a target.
 *
 * @param basis one sentence saying where the target comes from, for the evidence
 * @param prefix the MSU prefix for a file-name basis, else null
 * @param releaseIds the catalogue releases for a catalogue basis, else empty
 */
public record PackageTarget(String basis, String prefix, List<String> releaseIds) {

  /**
   * Whether a host can be a target: true or false, or null when the host is not identified well
   * enough to tell. {@code release} may be null; {@code ntVersion} is then used for prefixes.
   */
  public Boolean accepts(OsRelease release, String ntVersion, int build) {
    if (prefix == null) {
      return release == null ? null : releaseIds.contains(release.id());
    }
    if (release != null) {
      return release.msuPrefixes().contains(prefix);
    }
    if (ntVersion == null) {
      return null;
    }
    // windows11.0 packages exist only for Windows 11 and Server 2025 (builds from 22000 on).
    return MsuNameNtVersion.of(prefix).equals(ntVersion)
        && (!prefix.equals("windows11.0") || build >= 22000);
  }
}
