package org.wuhealth.importers;

import java.util.Locale;
import java.util.Objects;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.MachineName;

/**
 * Which host a raw export says it describes: its name, and for exports that describe the operating
 * system its build and architecture. Any part may be unknown (null): a log names no host, a wmic
 * qfe table may name one (CSName) but never the build.
 */
public record HostIdentity(String name, Integer build, Architecture architecture) {
  public static final HostIdentity NONE = new HostIdentity(null, null, null);

  public HostIdentity {
    name = MachineName.usableName(name);
  }

  /** True when the export describes the operating system (it gives the build). */
  public boolean describesOs() {
    return build != null;
  }

  public boolean named() {
    return name != null;
  }

  /** True when nothing identifies the host. */
  public boolean none() {
    return name == null && build == null && architecture == null;
  }

  /** Could describe the same host: what both know agrees (names ignoring case). */
  public boolean compatible(HostIdentity other) {
    return agree(name == null ? null : name.toLowerCase(Locale.ROOT), lower(other.name))
        && agree(build, other.build)
        && agree(architecture, other.architecture);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static boolean agree(Object a, Object b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  /** This identity completed by what {@code other} knows and this one does not. */
  public HostIdentity merge(HostIdentity other) {
    return new HostIdentity(
        name != null ? name : other.name,
        build != null ? build : other.build,
        architecture != null ? architecture : other.architecture);
  }

  /** "SRV01 (build 9600, x64)", "an unnamed host (build 17763, x64)". */
  public String describe() {
    StringBuilder s = new StringBuilder(name != null ? name : "an unnamed host");
    if (build != null || architecture != null) {
      s.append(" (");
      if (build != null) {
        s.append("build ").append(build);
      }
      if (architecture != null) {
        s.append(build != null ? ", " : "").append(architecture.wire());
      }
      s.append(')');
    }
    return s.toString();
  }
}
