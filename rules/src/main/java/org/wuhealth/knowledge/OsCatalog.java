package org.wuhealth.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wuhealth.facts.OsInfo;

/** The Windows releases wuhealth knows (os-releases.csv), and host identification. */
public final class OsCatalog {
  private final Map<String, OsRelease> byId = new LinkedHashMap<>();

  OsCatalog(List<OsRelease> releases) {
    releases.forEach(r -> byId.put(r.id(), r));
  }

  static OsCatalog load() {
    return new OsCatalog(
        CsvTable.read("os-releases.csv").stream().map(OsRelease::fromRow).toList());
  }

  public List<OsRelease> all() {
    return List.copyOf(byId.values());
  }

  public Optional<OsRelease> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The release a host runs, from its build and whether it is a server. Builds shared by a server
   * and a client release (3790, 14393, 17763, 26100, the server Semi-Annual Channel builds) need
   * the product type, the installation type or a product name that says "Server"; without them the
   * host is not identified rather than guessed, and a server whose build only a client release has
   * (or the reverse) is not identified either.
   */
  public Optional<OsRelease> identify(OsInfo os) {
    List<OsRelease> sameBuild =
        byId.values().stream().filter(r -> r.builds().contains(os.build())).toList();
    Boolean server = os.isServer();
    if (server == null && os.productName() != null) {
      server = os.productName().toLowerCase(Locale.ROOT).contains("server");
    }
    if (server == null) {
      return sameBuild.size() == 1 ? Optional.of(sameBuild.get(0)) : Optional.empty();
    }
    boolean wanted = server;
    List<OsRelease> matching = sameBuild.stream().filter(r -> r.server() == wanted).toList();
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  /** The NT version for a build, when every release with that build agrees. */
  public Optional<String> ntVersionOf(int build) {
    List<String> versions =
        byId.values().stream()
            .filter(r -> r.builds().contains(build))
            .map(OsRelease::ntVersion)
            .distinct()
            .toList();
    return versions.size() == 1 ? Optional.of(versions.get(0)) : Optional.empty();
  }

  /** Every release that uses an MSU prefix, e.g. "windows8.1" gives 2012 R2 and 8.1. */
  public List<OsRelease> releasesForPrefix(String prefix) {
    return byId.values().stream().filter(r -> r.msuPrefixes().contains(prefix)).toList();
  }
}
