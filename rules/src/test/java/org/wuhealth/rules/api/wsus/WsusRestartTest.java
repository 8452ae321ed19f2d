package org.wuhealth.rules.api.wsus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.ProductType;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.facts.Wsus;
import org.wuhealth.facts.WsusRole;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.rules.api.Facts;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;

/** WSUS 3.0 SP2 on Server 2008 R2, whose fix is KB4039929 (the guide's note). */
class WsusRestartTest {
  private static final Wsus WSUS_3 =
      new Wsus(WsusRole.SERVER, "3.2.7600.283", null, null, null, null);
  private static final Instant BOOT = Instant.parse("2022-11-02T03:10:00Z");
  private static final PendingReboot WU_REBOOT_REQUIRED =
      new PendingReboot(List.of(new RebootSignal(RebootSignalKind.WU_REBOOT_REQUIRED, null)));

  private static HostOs ws2008r2(Instant lastBoot) {
    return Facts.host(
        new OsInfo(
            "Windows Server 2008 R2 Standard",
            "6.1",
            7601,
            null,
            ProductType.SERVER,
            null,
            "ServerStandard",
            null,
            lastBoot,
            null));
  }

  private static InstalledInventory fixInstalledOn(String day, boolean packagesKnown) {
    List<InstalledUpdate> updates =
        day == null
            ? List.of()
            : List.of(
                new InstalledUpdate("KB4039929", LocalDate.parse(day), null, UpdateSource.QFE));
    return new InstalledInventory(true, true, updates, List.of(), packagesKnown);
  }

  private static List<WsusRestartAssessment> assess(
      Instant boot, InstalledInventory inventory, PendingReboot reboot) {
    return WsusRestart.assess(Knowledge.get(), WSUS_3, ws2008r2(boot), inventory, reboot);
  }

  @Test
  void aFixInstalledAfterTheLastBootWaitsForTheRestart() {
    WsusRestartAssessment a =
        assess(BOOT, fixInstalledOn("2022-11-19", true), WU_REBOOT_REQUIRED).get(0);
    assertTrue(a.checked());
    assertFalse(a.restartSinceUnknown());
    assertTrue(
        a.evidence()
            .get(0)
            .endsWith("was installed on 2022-11-19, after the last boot at 2022-11-02T03:10:00Z"),
        a.evidence().get(0));
    assertEquals("a restart is pending: WuRebootRequired", a.evidence().get(1));
  }

  @Test
  void withoutTheBootTimeTheRestartMayHaveHappened() {
    WsusRestartAssessment a =
        assess(null, fixInstalledOn("2022-11-19", true), WU_REBOOT_REQUIRED).get(0);
    assertTrue(a.restartSinceUnknown());
  }

  @Test
  void nothingWhenTheFixIsInEffectOrNoRestartIsPending() {
    assertEquals(
        List.of(),
        assess(BOOT, fixInstalledOn("2022-10-01", true), WU_REBOOT_REQUIRED),
        "installed before the last boot: in effect");
    assertEquals(
        List.of(),
        assess(
            BOOT,
            fixInstalledOn("2022-11-19", true),
            new PendingReboot(
                List.of(new RebootSignal(RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS, null)))),
        "file renames are set by much other software and do not show servicing waits");
    assertEquals(List.of(), assess(BOOT, fixInstalledOn(null, true), WU_REBOOT_REQUIRED));
  }

  @Test
  void aFixThatMayBeStagedIsNotCheckedWithoutThePackageList() {
    WsusRestartAssessment a = assess(BOOT, fixInstalledOn(null, false), WU_REBOOT_REQUIRED).get(0);
    assertFalse(a.checked());
    assertEquals("packages", a.missing());
  }
}
