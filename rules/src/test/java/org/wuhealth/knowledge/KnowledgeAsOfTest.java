package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 12, defects 2, 3, 4 and 9: dated knowledge and updates shared by several releases. */
class KnowledgeAsOfTest {
  private final Knowledge all = Knowledge.get();

  private OsRelease release(String id) {
    return all.os().byId(id).orElseThrow();
  }

  @Test
  void aViewKnowsOnlyWhatWasReleasedByItsDay() {
    Knowledge march2019 = all.asOf(LocalDate.of(2019, 3, 6));
    assertTrue(march2019.rollup("KB4482887").isPresent(), "2019-03-01");
    assertTrue(march2019.rollup("KB4489899").isEmpty(), "2019-03-12 is later");
    assertTrue(march2019.servicingStackUpdate("KB5005112").isEmpty());
    assertTrue(march2019.servicingStackUpdate("KB4470788").isPresent());
    assertTrue(
        all.asOf(LocalDate.of(2018, 12, 3)).servicingStackUpdate("KB4470788").isEmpty(),
        "released 2018-12-04");
    assertTrue(
        all.asOf(LocalDate.of(2024, 9, 30)).servicingStackUpdate("KB5044410").isEmpty(),
        "a month-only row counts from the first day of the next month");
    assertTrue(all.asOf(LocalDate.of(2024, 10, 1)).servicingStackUpdate("KB5044410").isPresent());
    assertEquals(List.of(), march2019.targetReleases("KB5120418"));
  }

  @Test
  void prefixTargetsNameOnlyReleasesThatExistedOnTheDay() {
    String basis = all.asOf(LocalDate.of(2019, 3, 6)).targetsOf(null, "windows10.0").get(0).basis();
    assertFalse(basis.contains("2022"), basis);
    assertFalse(basis.contains("Windows 11"), basis);
    assertTrue(basis.contains("Windows Server 2019"), basis);
  }

  @Test
  void windows11Version24H2AndServer2025ShareTheirCumulativeUpdates() {
    for (String kb : List.of("KB5044284", "KB5046617", "KB5048667", "KB5050009", "KB5043080")) {
      assertEquals(List.of("ws2025", "win11-24h2"), all.targetReleases(kb), kb);
    }
    List<Supersession> by =
        all.supersedersOf(
            "KB5044284", release("win11-24h2"), InstalledKbs.of("KB5048667"), 26100, null);
    assertEquals(List.of("KB5048667"), by.stream().map(Supersession::by).toList());
  }

  @Test
  void updatesAfterTheSeptember2024CheckpointNeedIt() {
    var missing =
        all.missingPrerequisites(
            "KB5048667", release("win11-24h2"), InstalledKbs.of(), 26100, 1150);
    assertEquals(
        List.of("KB5043080"), missing.stream().map(MissingPrerequisite::prerequisiteKb).toList());
    assertTrue(missing.get(0).certain());
    assertTrue(
        all.missingPrerequisites("KB5048667", release("ws2025"), InstalledKbs.of(), 26100, 1742)
            .isEmpty(),
        "the running build of the checkpoint satisfies it");
    assertTrue(
        all.missingPrerequisites(
                "KB5048667", release("ws2025"), InstalledKbs.of("KB5044284"), 26100, null)
            .isEmpty(),
        "so does any later cumulative update");
    assertTrue(
        all.missingPrerequisites("KB5043080", release("ws2025"), InstalledKbs.of(), 26100, 1000)
            .isEmpty(),
        "the checkpoint does not need itself");
  }

  @Test
  void kb3173424IsOnlyWhatTheGuideSaysAHostMightNeed() {
    var missing =
        all.missingPrerequisites(
            "KB4041693",
            release("ws2012r2"),
            InstalledKbs.of("KB2919442", "KB2919355"),
            9600,
            null);
    assertEquals(
        List.of("KB3173424"), missing.stream().map(MissingPrerequisite::prerequisiteKb).toList());
    assertFalse(missing.get(0).certain());
    assertTrue(missing.get(0).reason().contains("\"might\""), missing.get(0).reason());
    assertTrue(
        all.missingPrerequisites(
                "KB3000850", release("ws2012r2"), InstalledKbs.of("KB2919355"), 9600, null)
            .isEmpty(),
        "an update of 2014 cannot need the July 2016 servicing update");
  }

  @Test
  void theJanuary2018RollupsHaveTheirOwnDays() {
    assertEquals(LocalDate.of(2018, 1, 8), all.releaseDate("KB4056895").orElseThrow());
    assertEquals(LocalDate.of(2018, 1, 5), all.releaseDate("KB4056896").orElseThrow());
  }

  @Test
  void theAugust2017WindowOn2012R2IsOnlyPossiblyEnough() {
    WsusRollupStatus status =
        all.wsusRollupStatus(release("ws2012r2"), Set.of("KB4034681"), 9600, null).get(0);
    assertFalse(status.satisfied());
    assertEquals(List.of("KB4034681"), status.possiblySatisfyingKbs());
    WsusRollupStatus july =
        all.wsusRollupStatus(release("ws2012r2"), Set.of("KB4025336"), 9600, null).get(0);
    assertEquals(List.of(), july.possiblySatisfyingKbs(), "July 2017 is before the FAQ's month");
    WsusRollupStatus build = all.wsusRollupStatus(release("ws2016"), Set.of(), 14393, 1593).get(0);
    assertEquals(1, build.possiblySatisfyingKbs().size(), build.toString());
  }
}
