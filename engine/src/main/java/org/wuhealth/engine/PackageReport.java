package org.wuhealth.engine;

import java.util.List;

/**
 * The answers of {@code check-package} for one snapshot.
 *
 * @param analysis the whole analysis of the host, for its identity and evaluation time
 * @param packages one verdict per distinct input, in the order given
 * @param otherFindings findings about the host that concern none of the packages
 */
public record PackageReport(
    AnalysisResult analysis, List<PackageVerdict> packages, int otherFindings) {
  public PackageReport {
    packages = List.copyOf(packages);
  }
}
