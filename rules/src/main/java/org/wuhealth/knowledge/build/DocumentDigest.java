package org.wuhealth.knowledge.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wuhealth.knowledge.OsRelease;
import org.wuhealth.knowledge.cvrf.CvrfDocument;
import org.wuhealth.knowledge.cvrf.CvrfFix;

/**
 * What one CVRF document says about the catalogued releases: its fixes per release, and the Windows
 * products it names that the catalogue cannot place (for the build summary).
 *
 * @param unknownProducts Windows product names msrc-products.csv does not list, with the number of
 *     fixes naming them
 * @param uncatalogued release ids msrc-products.csv maps to but os-releases.csv lacks, with the
 *     number of fixes
 */
public record DocumentDigest(
    String id,
    String file,
    LocalDate initialRelease,
    LocalDate currentRelease,
    List<ReleaseFix> fixes,
    Map<String, Integer> unknownProducts,
    Map<String, Integer> uncatalogued) {

  public DocumentDigest {
    fixes = List.copyOf(fixes);
    unknownProducts = Map.copyOf(unknownProducts);
    uncatalogued = Map.copyOf(uncatalogued);
  }

  /** "MSRC CVRF 2026-Mar (revision 2026-03-31)": how generated rows name their source. */
  public String citation() {
    return "MSRC CVRF " + id + " (revision " + currentRelease + ")";
  }

  public static DocumentDigest of(
      CvrfDocument doc, ProductMap products, Map<String, OsRelease> releases) {
    Map<String, Integer> unknown = new TreeMap<>();
    Map<String, Integer> uncatalogued = new TreeMap<>();
    // (kb, release, kind) -> the fixes of the release's products
    Map<List<String>, List<CvrfFix>> byRelease = new LinkedHashMap<>();
    for (CvrfFix fix : doc.fixes()) {
      String name = doc.products().getOrDefault(fix.productId(), "product " + fix.productId());
      ProductMap.Match m = products.resolve(name);
      switch (m.kind()) {
        case RELEASE ->
            byRelease
                .computeIfAbsent(
                    List.of(fix.kb(), m.releaseId(), fix.subType()), k -> new ArrayList<>())
                .add(fix);
        case UNKNOWN -> unknown.merge(ProductMap.base(name), 1, Integer::sum);
        case UNCATALOGUED -> uncatalogued.merge(m.releaseId(), 1, Integer::sum);
        default -> {}
      }
    }
    List<ReleaseFix> fixes = new ArrayList<>();
    byRelease.forEach(
        (key, list) -> {
          OsRelease release = releases.get(key.get(1));
          Set<String> supersedes = new TreeSet<>();
          Map<String, Integer> builds = new HashMap<>();
          int vulnerabilities = 0;
          for (CvrfFix f : list) {
            supersedes.addAll(f.supersedes());
            vulnerabilities = Math.max(vulnerabilities, f.vulnerabilities());
            f.fixedBuilds()
                .forEach(
                    (build, n) -> {
                      if (release.builds().contains(buildNumber(build))) {
                        builds.merge(build, n, Integer::sum);
                      }
                    });
          }
          fixes.add(
              new ReleaseFix(
                  key.get(0),
                  key.get(1),
                  key.get(2),
                  vulnerabilities,
                  mostGiven(builds),
                  supersedes));
        });
    return new DocumentDigest(
        doc.id(),
        doc.file(),
        doc.initialRelease(),
        doc.currentRelease(),
        fixes,
        unknown,
        uncatalogued);
  }

  /** The third part of "10.0.20348.4893". */
  static int buildNumber(String fixedBuild) {
    return Integer.parseInt(fixedBuild.split("\\.")[2]);
  }

  private static String mostGiven(Map<String, Integer> builds) {
    return builds.entrySet().stream()
        .max(
            Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .thenComparing(e -> revision(e.getKey())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static int revision(String fixedBuild) {
    return Integer.parseInt(fixedBuild.split("\\.")[3]);
  }
}
