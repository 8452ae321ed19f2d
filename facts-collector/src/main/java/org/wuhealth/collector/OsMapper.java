package org.wuhealth.collector;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ProductType;
import org.wuhealth.parsing.OsFacts;

/**
 * The OS identity from the system's own answers and the registry. RtlGetVersion is the truth for
 * the version and build (GetVersionEx and the registry's CurrentVersion lie to programs without a
 * manifest); the registry adds what only it knows (UBR, product name, edition, installation type).
 * GetNativeSystemInfo gives the machine's architecture, also to a 32-bit JVM.
 */
final class OsMapper {
  private OsMapper() {}

  /** The OS, or null when neither source gives the build. */
  static OsInfo map(
      SystemReader.NativeSystem system,
      OsFacts registry,
      Instant collectedAt,
      List<CollectionIssue> issues) {
    OsFacts reg =
        registry != null
            ? registry
            : new OsFacts(null, null, null, null, null, null, null, null, null, null);
    Integer build = system != null ? Integer.valueOf(system.build()) : reg.build();
    if (build == null) {
      return null;
    }
    Integer ubr = reg.ubr();
    if (ubr != null && reg.build() != null && !reg.build().equals(build)) {
      issues.add(
          new CollectionIssue(
              "registry",
              "the registry's CurrentBuild "
                  + reg.build()
                  + " disagrees with RtlGetVersion's build "
                  + build
                  + "; its UBR "
                  + ubr
                  + " belongs to the other build and is left out",
              null,
              "os"));
      ubr = null;
    }
    return OsInfo.builder()
        .productName(reg.productName())
        .version(system != null ? system.major() + "." + system.minor() : reg.version())
        .build(build)
        .ubr(ubr)
        .productType(
            system != null && productType(system.productType()) != null
                ? productType(system.productType())
                : reg.productType())
        .installationType(reg.installationType())
        .editionId(reg.editionId())
        .architecture(
            system != null && architecture(system.processorArchitecture()) != null
                ? architecture(system.processorArchitecture())
                : reg.architecture())
        .lastBootTime(
            system != null
                ? collectedAt.minusMillis(system.millisSinceBoot()).truncatedTo(ChronoUnit.SECONDS)
                : null)
        .displayVersion(reg.displayVersion())
        .build();
  }

  /** wProductType: VER_NT_WORKSTATION 1, VER_NT_DOMAIN_CONTROLLER 2, VER_NT_SERVER 3. */
  static ProductType productType(int type) {
    return switch (type) {
      case 1 -> ProductType.WORKSTATION;
      case 2 -> ProductType.DOMAIN_CONTROLLER;
      case 3 -> ProductType.SERVER;
      default -> null;
    };
  }

  /** PROCESSOR_ARCHITECTURE_*: INTEL 0, IA64 6, AMD64 9, ARM64 12 (32-bit ARM, 5, has no value). */
  static Architecture architecture(int code) {
    return switch (code) {
      case 0 -> Architecture.X86;
      case 6 -> Architecture.IA64;
      case 9 -> Architecture.X64;
      case 12 -> Architecture.ARM64;
      default -> null;
    };
  }
}
