package org.wuhealth.rules.api;

import java.util.List;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.knowledge.EditionFamily;
import org.wuhealth.knowledge.OsRelease;

/**
 * The host's OS as the knowledge base identifies it. {@code release} is null when the build is
 * unknown or ambiguous (a shared build without a product type); rules that need it must say so.
 */
public record HostOs(OsInfo os, OsRelease release, String ntVersion) {

  public int build() {
    return os.build();
  }

  public Integer ubr() {
    return os.ubr();
  }

  public Architecture architecture() {
    return os.architecture();
  }

  /** The edition family, which decides the end of support of client releases. */
  public EditionFamily edition() {
    return EditionFamily.of(os);
  }

  /** Ids of the identified release, e.g. ["ws2012r2"]; empty when not identified. */
  public List<String> releaseIds() {
    return release == null ? List.of() : List.of(release.id());
  }

  /** "Windows Server 2012 R2 (NT 6.3, build 9600.20778, x64)" for evidence lines. */
  public String describe() {
    String name =
        release != null ? release.name() : os.productName() != null ? os.productName() : "Windows";
    StringBuilder s = new StringBuilder(name).append(" (");
    if (ntVersion != null) {
      s.append("NT ").append(ntVersion).append(", ");
    }
    s.append("build ").append(os.buildLabel());
    if (os.architecture() != null) {
      s.append(", ").append(os.architecture().wire());
    }
    return s.append(')').toString();
  }
}
