package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ProductType;

class KnowledgeTest {
  private final Knowledge kb = Knowledge.get();

  private static OsInfo os(int build, ProductType type, String name) {
    return OsInfo.builder()
        .productName(name)
        .version("10.0")
        .build(build)
        .productType(type)
        .architecture(Architecture.X64)
        .build();
  }

  private OsRelease release(String id) {
    return kb.os().byId(id).orElseThrow();
  }

  private List<MissingPrerequisite> missing(String k, OsRelease r, InstalledSet i) {
    return kb.missingPrerequisites(k, r, i, r.sortedBuilds().get(0), null);
  }

  /** The KBs (or builds) that replace {@code kb} on a host of this release and build. */
  private List<String> replacedBy(String kb, String release, InstalledSet installed, int build) {
    return this.kb.supersedersOf(kb, release(release), installed, build, null).stream()
        .map(Supersession::by)
        .toList();
  }

  private List<String> newerOnHost(
      OsRelease release, int build, Integer ubr, List<String> installed) {
    return kb.newerOnHost(release, build, ubr, KbNumbers.of(installed));
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
                OsInfo.builder().build(9600).installationType(InstallationType.SERVER_CORE).build())
            .orElseThrow()
            .id());
    assertEquals(
        "ws2008sp2", kb.os().identify(os(6003, ProductType.SERVER, null)).orElseThrow().id());
    assertTrue(kb.os().identify(os(12345, ProductType.SERVER, null)).isEmpty());
  }

  @Test
  void lifecycleCountsExtendedSecurityUpdates() {
    assertEquals(
        LocalDate.of(2026, 10, 13),
        kb.lifecycles(release("ws2012r2"), EditionFamily.UNKNOWN).get(0).lastSupportedDay());
    assertEquals(
        LocalDate.of(2027, 1, 12),
        kb.lifecycles(release("ws2016"), EditionFamily.UNKNOWN).get(0).lastSupportedDay());
  }

  @Test
  void laterCumulativeUpdatesAndBuildsSupersedeEarlierOnes() {
    List<Supersession> by =
        kb.supersedersOf("KB5094122", release("ws2016"), InstalledKbs.of("KB5120418"), 14393, 9418);
    assertEquals(
        List.of("KB5120418", "build 14393.9418"), by.stream().map(Supersession::by).toList());
    assertTrue(
        kb.supersedersOf("KB5120418", release("ws2016"), InstalledKbs.of("KB5094122"), 14393, 9234)
            .isEmpty());
  }

  @Test
  void supersedenceStaysWithinTheRelease() {
    assertTrue(
        kb.supersedersOf("KB4041690", release("ws2012r2"), InstalledKbs.of("KB5094041"), 9600, null)
            .isEmpty(),
        "a 2012 rollup is not superseded by a 2012 R2 one");
    assertEquals(
        List.of("KB5044410"),
        replacedBy("KB3173424", "ws2012r2", InstalledKbs.of("KB5044410"), 9600));
  }

  @Test
  void prerequisiteChainOn2012R2() {
    var forRollup = missing("KB4041693", release("ws2012r2"), InstalledKbs.of("KB2919442"));
    assertEquals(
        List.of("KB2919355", "KB3173424"),
        forRollup.stream().map(MissingPrerequisite::prerequisiteKb).toList());
    assertTrue(forRollup.stream().allMatch(MissingPrerequisite::dated));

    var forUpdate1 = missing("KB2919355", release("ws2012r2"), InstalledKbs.of());
    assertEquals(
        List.of("KB2919442"),
        forUpdate1.stream().map(MissingPrerequisite::prerequisiteKb).toList());

    assertTrue(
        missing(
                "KB4041693",
                release("ws2012r2"),
                InstalledKbs.of("KB2919442", "KB2919355", "KB4512938"))
            .isEmpty(),
        "a later SSU replaces KB3173424");
    assertTrue(
        missing("KB5094041", release("ws2012r2"), InstalledKbs.of("KB5087471", "KB4512938"))
            .isEmpty(),
        "an installed 2026 rollup proves the April 2014 baseline");
  }

  @Test
  void undatedUpdatesArePresumedLaterOnlyAboveTheThreshold() {
    var presumed = missing("KB5001234", release("ws2012r2"), InstalledKbs.of("KB2919442"));
    assertFalse(presumed.isEmpty());
    assertFalse(presumed.get(0).dated());
    assertTrue(missing("KB2959977", release("ws2012r2"), InstalledKbs.of("KB2919442")).isEmpty());
  }

  @Test
  void sha2PrerequisitesOn2008R2() {
    var missing = missing("KB4534310", release("ws2008r2sp1"), InstalledKbs.of("KB4490628"));
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
  void explicitPairsAreFollowedThroughChains() {
    List<Supersession> direct =
        kb.supersedersOf("KB4540726", release("ws2012"), InstalledKbs.of("KB4562252"), 9200, null);
    assertEquals(List.of("KB4562252"), direct.stream().map(Supersession::by).toList());
    assertTrue(direct.get(0).reason().contains("supersedence table"), direct.toString());
    assertTrue(
        kb.supersedersOf("KB4540726", release("ws2012r2"), InstalledKbs.of("KB4562252"), 9600, null)
            .isEmpty(),
        "a pair only holds on its releases");
  }

  @Test
  void aSecurityOnlyUpdateIsReplacedByTheRollupOfItsMonthOrLater() {
    // KB4041687 is the 2017-10 security-only update for 2012 R2; KB4041693 its monthly rollup.
    assertEquals(
        List.of("KB4041693"),
        replacedBy("KB4041687", "ws2012r2", InstalledKbs.of("KB4041693"), 9600));
    assertEquals(
        List.of("KB4048958"),
        replacedBy("KB4041687", "ws2012r2", InstalledKbs.of("KB4048958"), 9600));
    assertTrue(
        kb.supersedersOf("KB4041687", release("ws2012r2"), InstalledKbs.of("KB4038792"), 9600, null)
            .isEmpty(),
        "the September rollup does not contain October's security fixes");
  }

  @Test
  void aRollupPrerequisiteIsMetByALaterRollupOrBuild() {
    var missing = missing("KB4484071", release("ws2008r2sp1"), InstalledKbs.of("KB4486563"));
    assertEquals(
        List.of("KB4489878"), missing.stream().map(MissingPrerequisite::prerequisiteKb).toList());
    assertTrue(missing.get(0).reason().contains("any later one"), missing.get(0).reason());
    assertTrue(
        missing("KB4484071", release("ws2008r2sp1"), InstalledKbs.of("KB4499164")).isEmpty(),
        "the May 2019 rollup is later than the March one");
  }

  @Test
  void server2016UpdatesFromFebruary2021NeedThatMonthsServicingStack() {
    var missing = missing("KB4601318", release("ws2016"), InstalledKbs.of("KB4576750"));
    assertEquals(
        List.of("KB5001078"), missing.stream().map(MissingPrerequisite::prerequisiteKb).toList());
    assertTrue(
        missing("KB4601318", release("ws2016"), InstalledKbs.of("KB5001402")).isEmpty(),
        "the April 2021 SSU is later");
    assertTrue(
        missing("KB5001402", release("ws2016"), InstalledKbs.of("KB4576750")).isEmpty(),
        "a servicing stack update does not need an older one");
    assertTrue(
        missing("KB4598243", release("ws2016"), InstalledKbs.of("KB4576750")).isEmpty(),
        "the January 2021 update predates the requirement");
  }

  @Test
  void wsusRollupRequirementIsJudgedByRollupDateAndBuild() {
    WsusRollupStatus old =
        kb.wsusRollupStatus(
                release("ws2012r2"),
                Set.of("KB4034681", "KB2919355"),
                release("ws2012r2").sortedBuilds().get(0),
                null)
            .get(0);
    assertFalse(old.satisfied(), "an August 2017 rollup is not enough");
    assertEquals("KB4034681", old.newestRollup().kb());
    assertEquals(
        List.of("KB4054519"),
        kb.wsusRollupStatus(
                release("ws2012r2"),
                Set.of("KB4054519"),
                release("ws2012r2").sortedBuilds().get(0),
                null)
            .get(0)
            .satisfyingKbs());
    assertTrue(
        kb.wsusRollupStatus(
                release("ws2012r2"),
                Set.of("KB4039871"),
                release("ws2012r2").sortedBuilds().get(0),
                null)
            .get(0)
            .satisfied(),
        "the named update itself counts");
    assertTrue(
        kb.wsusRollupStatus(
                release("ws2016"), Set.of(), release("ws2016").sortedBuilds().get(0), 1715)
            .get(0)
            .satisfied());
    assertFalse(
        kb.wsusRollupStatus(
                release("ws2016"), Set.of(), release("ws2016").sortedBuilds().get(0), 1593)
            .get(0)
            .satisfied());
    assertTrue(
        kb.wsusRollupStatus(release("ws2019"), Set.of(), release("ws2019").sortedBuilds().get(0), 1)
            .isEmpty());
    assertEquals(1, kb.wsusVersionRequirement("3.2.7600.274").size());
    assertTrue(kb.wsusVersionRequirement("3.2.7600.274").get(0).versionTooOld("3.2.7600.274"));
    assertFalse(kb.wsusVersionRequirement("3.2.7600.283").get(0).versionTooOld("3.2.7600.283"));
    assertTrue(kb.wsusVersionRequirement("6.3.9600.18694").isEmpty());
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

  @Test
  void aHostIsNewerWhenItsBuildOrAnInstalledUpdateIsBeyondTheTables() {
    OsRelease ws2022 = release("ws2022");
    List<String> build = newerOnHost(ws2022, 20348, 99999, List.of());
    assertEquals(1, build.size());
    assertTrue(
        build.get(0).startsWith("the host runs build 20348.99999, later than 20348."),
        build.get(0));
    assertTrue(
        build.get(0).endsWith(", the newest Windows Server 2022 build it lists"), build.get(0));
    assertEquals(List.of(), newerOnHost(ws2022, 20348, 4893, List.of("KB5078766")));
    List<String> installed =
        newerOnHost(
            null, 0, null, List.of("KB9000001", "KB9000002", "KB9000003", "KB9000004", "KB890830"));
    assertEquals(1, installed.size());
    assertTrue(
        installed
            .get(0)
            .startsWith(
                "KB9000001, KB9000002, KB9000003 and 1 more are installed, numbered above every update it lists (the highest is KB"),
        installed.get(0));
    // the three lowest by number, whatever the order the host lists them in
    assertTrue(
        newerOnHost(
                null,
                0,
                null,
                List.of(
                    "KB9000004", "KB9000012", "KB9000009", "KB9000001", "KB9000003", "KB890830"))
            .get(0)
            .startsWith("KB9000001, KB9000003, KB9000004 and 2 more are installed"));
    assertTrue(
        newerOnHost(null, 0, null, List.of("KB9000004", "KB890830"))
            .get(0)
            .startsWith("KB9000004 is installed"));
    assertEquals(
        List.of(),
        newerOnHost(release("ws2012r2"), 9600, 99999, List.of()),
        "2012 R2 rows give no UBR to compare with");
  }

  @Test
  void theThreeKbsNamedAboveTheTablesAreTheLowestInAnyOrder() {
    java.util.Random random = new java.util.Random(3);
    for (int n = 0; n < 2_000; n++) {
      List<String> installed = new ArrayList<>();
      for (int i = random.nextInt(8); i >= 0; i--) {
        installed.add("KB" + (random.nextBoolean() ? 9_000_000 : 10_000_000) + random.nextInt(40));
      }
      installed.add("KB890830");
      List<String> distinct = installed.stream().distinct().toList();
      List<String> above =
          distinct.stream()
              .filter(k -> Kb.number(k) > 9_000_000)
              .sorted(Comparator.comparingLong(Kb::number).thenComparing(k -> k))
              .toList();
      String expected =
          String.join(", ", above.subList(0, Math.min(3, above.size())))
              + (above.size() > 3 ? " and " + (above.size() - 3) + " more are" : "")
              + (above.size() == 1 ? " is" : above.size() <= 3 ? " are" : "")
              + " installed";
      List<String> reasons = newerOnHost(null, 0, null, distinct);
      assertEquals(1, reasons.size(), distinct::toString);
      assertTrue(reasons.get(0).startsWith(expected), () -> distinct + ": " + reasons.get(0));
    }
  }

  /**
   * The build's rollup as the whole table answers it, the newest by UBR then release date and, of
   * ties, the first listed: what the index behind {@link Knowledge#rollupOfBuild} must match.
   */
  private static Optional<String> rollupOfBuildOverTheTable(
      List<Rollup> table, LocalDate asOf, OsRelease release, int build, int ubr) {
    return table.stream()
        .filter(r -> r.build() != null && r.build() == build && r.ubr() != null)
        .filter(r -> asOf == null || !r.releaseDate().isAfter(asOf))
        .filter(r -> r.releaseIds().contains(release.id()) && r.ubr() <= ubr)
        .max(Comparator.comparing(Rollup::ubr).thenComparing(Rollup::releaseDate))
        .map(Rollup::kb);
  }

  @Test
  void rollupOfBuildMatchesTheWholeTableForEveryReleaseBuildUbrAndDay() {
    List<Rollup> table = CsvTable.read("rollups.csv").stream().map(Rollup::fromRow).toList();
    List<LocalDate> days = new ArrayList<>();
    days.add(null);
    for (int year = 2016; year <= 2026; year++) {
      days.add(LocalDate.of(year, 6, 15));
    }
    int compared = 0;
    int found = 0;
    for (LocalDate day : days) {
      Knowledge view = day == null ? kb : kb.asOf(day);
      for (OsRelease release : kb.os().all()) {
        for (Rollup r : table) {
          if (r.build() == null || r.ubr() == null || !r.releaseIds().contains(release.id())) {
            continue;
          }
          for (int ubr : new int[] {r.ubr() - 1, r.ubr(), r.ubr() + 1}) {
            Optional<String> expected =
                rollupOfBuildOverTheTable(table, day, release, r.build(), ubr);
            assertEquals(
                expected,
                view.rollupOfBuild(release, r.build(), ubr).map(Rollup::kb),
                () -> release.id() + " " + r.build() + "." + ubr + " as of " + day);
            compared++;
            found += expected.isPresent() ? 1 : 0;
          }
        }
      }
    }
    assertTrue(compared > 1_000 && found > 500, compared + " compared, " + found + " found");
  }
}
