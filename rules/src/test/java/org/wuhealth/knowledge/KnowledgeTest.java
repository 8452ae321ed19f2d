package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ProductType;

class KnowledgeTest {
  private final Knowledge kb = Knowledge.get();

  private static OsInfo os(int build, ProductType type, String name) {
    return new OsInfo(name, "10.0", build, null, type, null, null, Architecture.X64, null);
  }

  private static InstalledSet installed(String... kbs) {
    Set<String> set = Set.of(kbs);
    return new InstalledSet() {
      @Override
      public boolean has(String k) {
        return set.contains(k);
      }

      @Override
      public Set<String> kbs() {
        return set;
      }

      @Override
      public boolean markedSuperseded(String k) {
        return false;
      }
    };
  }

  private OsRelease release(String id) {
    return kb.os().byId(id).orElseThrow();
  }

  @Test
  void sharedBuildsNeedTheProductType() {
    assertEquals(
        "ws2016", kb.os().identify(os(14393, ProductType.SERVER, null)).orElseThrow().id());
    assertEquals(
        "win10-1607",
        kb.os().identify(os(14393, ProductType.WORKSTATION, null)).orElseThrow().id());
    assertEquals(
        "ws2025",
        kb.os().identify(os(26100, null, "Windows Server 2025 Datacenter")).orElseThrow().id());
    assertTrue(kb.os().identify(os(26100, null, null)).isEmpty(), "ambiguous build is not guessed");
    assertEquals(
        "ws2012r2",
        kb.os()
            .identify(
                new OsInfo(
                    null, null, 9600, null, null, InstallationType.SERVER_CORE, null, null, null))
            .orElseThrow()
            .id());
    assertEquals(
        "ws2008sp2", kb.os().identify(os(6003, ProductType.SERVER, null)).orElseThrow().id());
    assertTrue(kb.os().identify(os(12345, ProductType.SERVER, null)).isEmpty());
  }

  @Test
  void lifecycleCountsExtendedSecurityUpdates() {
    assertEquals(LocalDate.of(2026, 10, 13), release("ws2012r2").lastSupportedDay());
    assertEquals(LocalDate.of(2027, 1, 12), release("ws2016").lastSupportedDay());
  }

  @Test
  void laterCumulativeUpdatesAndBuildsSupersedeEarlierOnes() {
    List<Supersession> by =
        kb.supersedersOf("KB5094122", release("ws2016"), installed("KB5120418"), 14393, 9418);
    assertEquals(
        List.of("KB5120418", "build 14393.9418"), by.stream().map(Supersession::by).toList());
    assertTrue(
        kb.supersedersOf("KB5120418", release("ws2016"), installed("KB5094122"), 14393, 9234)
            .isEmpty());
  }

  @Test
  void supersedenceStaysWithinTheRelease() {
    assertTrue(
        kb.supersedersOf("KB4041690", release("ws2012r2"), installed("KB5094041"), 9600, null)
            .isEmpty(),
        "a 2012 rollup is not superseded by a 2012 R2 one");
    assertEquals(
        List.of("KB5044410"),
        kb
            .supersedersOf("KB3173424", release("ws2012r2"), installed("KB5044410"), 9600, null)
            .stream()
            .map(Supersession::by)
            .toList());
  }

  @Test
  void prerequisiteChainOn2012R2() {
    var forRollup =
        kb.missingPrerequisites("KB4041693", release("ws2012r2"), installed("KB2919442"));
    assertEquals(
        List.of("KB2919355", "KB3173424"),
        forRollup.stream().map(MissingPrerequisite::prerequisiteKb).toList());
    assertTrue(forRollup.stream().allMatch(MissingPrerequisite::dated));

    var forUpdate1 = kb.missingPrerequisites("KB2919355", release("ws2012r2"), installed());
    assertEquals(
        List.of("KB2919442"),
        forUpdate1.stream().map(MissingPrerequisite::prerequisiteKb).toList());

    assertTrue(
        kb.missingPrerequisites(
                "KB4041693", release("ws2012r2"), installed("KB2919442", "KB2919355", "KB4512938"))
            .isEmpty(),
        "a later SSU replaces KB3173424");
    assertTrue(
        kb.missingPrerequisites(
                "KB5094041", release("ws2012r2"), installed("KB5087471", "KB4512938"))
            .isEmpty(),
        "an installed 2026 rollup proves the April 2014 baseline");
  }

  @Test
  void undatedUpdatesArePresumedLaterOnlyAboveTheThreshold() {
    var presumed =
        kb.missingPrerequisites("KB5001234", release("ws2012r2"), installed("KB2919442"));
    assertFalse(presumed.isEmpty());
    assertFalse(presumed.get(0).dated());
    assertTrue(
        kb.missingPrerequisites("KB2959977", release("ws2012r2"), installed("KB2919442"))
            .isEmpty());
  }

  @Test
  void sha2PrerequisitesOn2008R2() {
    var missing =
        kb.missingPrerequisites("KB4534310", release("ws2008r2sp1"), installed("KB4490628"));
    assertEquals(
        List.of("KB4474419"), missing.stream().map(MissingPrerequisite::prerequisiteKb).toList());
  }

  @Test
  void targetsComeFromPrefixAndCatalogue() {
    List<PackageTarget> targets = kb.targetsOf("KB5094042", "windows8-rt");
    assertEquals(2, targets.size());
    assertEquals(Boolean.FALSE, targets.get(0).accepts(release("ws2012r2"), "6.3", 9600));
    assertEquals(Boolean.FALSE, targets.get(1).accepts(release("ws2012r2"), "6.3", 9600));
    assertEquals(Boolean.TRUE, targets.get(1).accepts(release("ws2012"), "6.2", 9200));
    PackageTarget win11 = kb.targetsOf(null, "windows11.0").get(0);
    assertEquals(Boolean.FALSE, win11.accepts(null, "10.0", 14393));
    assertEquals(Boolean.TRUE, win11.accepts(null, "10.0", 26100));
    assertNull(win11.accepts(null, null, 26100));
  }

  @Test
  void everyReleaseReferencedByATableExists() {
    for (String kbId : List.of("KB5120418", "KB5094041", "KB4534310", "KB3173424")) {
      for (String id : kb.targetReleases(kbId)) {
        assertTrue(kb.os().byId(id).isPresent(), kbId + " -> " + id);
      }
    }
    for (Prerequisite p : kb.prerequisites()) {
      for (String id : p.releaseIds()) {
        assertTrue(kb.os().byId(id).isPresent(), p.id() + " -> " + id);
      }
    }
  }
}
