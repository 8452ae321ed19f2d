package org.wuhealth.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ProductType;

/** Issue 12, defects 9 and 10: every release a user may still hold exports of, with its end. */
class ReleaseCatalogTest {
  private final Knowledge kb = Knowledge.get();

  private static OsInfo os(int build, ProductType type, String name, String edition) {
    return OsInfo.builder()
        .productName(name)
        .build(build)
        .productType(type)
        .editionId(edition)
        .architecture(Architecture.X64)
        .build();
  }

  private String id(int build, ProductType type, String name) {
    return kb.os().identify(os(build, type, name, null)).map(OsRelease::id).orElse("unknown");
  }

  @Test
  void ntFiveAndSixZeroAreKnown() {
    assertEquals("winxp", id(2600, ProductType.WORKSTATION, "Microsoft Windows XP Professional"));
    assertEquals("winxp", id(2600, null, null), "2600 is only XP");
    assertEquals(
        "ws2003", id(3790, ProductType.SERVER, "Microsoft(R) Windows(R) Server 2003, Standard"));
    assertEquals("ws2003", id(3790, null, "Microsoft Windows Server 2003 R2 Standard x64"));
    assertEquals(
        "winxp-x64", id(3790, ProductType.WORKSTATION, "Microsoft Windows XP Professional x64"));
    assertEquals("unknown", id(3790, null, null), "3790 is both XP x64 and Server 2003");
    assertEquals("vista", id(6000, ProductType.WORKSTATION, null));
    assertEquals("ws2008", id(6001, ProductType.SERVER, null));
    assertEquals("ws2008r2rtm", id(7600, ProductType.SERVER, null));
  }

  @Test
  void serverSemiAnnualChannelBuildsAreServersNotWindows10() {
    for (int build : List.of(16299, 17134, 18362, 18363, 19041, 19042)) {
      OsRelease server = kb.os().identify(os(build, ProductType.SERVER, null, null)).orElseThrow();
      assertTrue(server.server(), server.toString());
      assertTrue(server.name().startsWith("Windows Server, version"), server.name());
      assertFalse(
          kb.os().identify(os(build, ProductType.WORKSTATION, null, null)).orElseThrow().server());
      assertEquals(
          "unknown", id(build, null, null), build + " without a product type is not guessed");
    }
    assertEquals(
        LocalDate.of(2019, 4, 9),
        kb.lifecycles(kb.os().byId("ws1709").orElseThrow(), EditionFamily.UNKNOWN)
            .get(0)
            .endOfSupport());
  }

  @Test
  void editionsDecideTheEndOfWindows10And11() {
    assertEquals(
        EditionFamily.HOME_PRO,
        EditionFamily.of(os(17134, null, "Microsoft Windows 10 Pro", null)));
    assertEquals(
        EditionFamily.HOME_PRO,
        EditionFamily.of(os(17134, null, "Microsoft Windows 10 Pro for Workstations", null)));
    assertEquals(
        EditionFamily.ENTERPRISE,
        EditionFamily.of(os(17134, null, "Microsoft Windows 10 Education", null)));
    assertEquals(
        EditionFamily.LTSC,
        EditionFamily.of(os(17763, null, "Microsoft Windows 10 企业版 LTSC", null)));
    assertEquals(
        EditionFamily.UNKNOWN, EditionFamily.of(os(17763, null, "Microsoft Windows 10 企业版", null)));
    assertEquals(EditionFamily.IOT_LTSC, EditionFamily.of(os(19044, null, null, "IoTEnterpriseS")));
    assertEquals(EditionFamily.LTSC, EditionFamily.of(os(19044, null, null, "EnterpriseS")));
    assertEquals(EditionFamily.ENTERPRISE, EditionFamily.of(os(19044, null, null, "Enterprise")));
    assertEquals(EditionFamily.HOME_PRO, EditionFamily.of(os(19044, null, null, "Professional")));

    OsRelease w1803 = kb.os().byId("win10-1803").orElseThrow();
    assertEquals(
        LocalDate.of(2019, 11, 12),
        kb.lifecycles(w1803, EditionFamily.HOME_PRO).get(0).endOfSupport());
    assertEquals(
        LocalDate.of(2021, 5, 11),
        kb.lifecycles(w1803, EditionFamily.ENTERPRISE).get(0).endOfSupport());
    assertEquals(2, kb.lifecycles(w1803, EditionFamily.UNKNOWN).size());
    assertTrue(
        kb.lifecycles(w1803, EditionFamily.LTSC).isEmpty(), "there was no 1803 LTSC edition");
    OsRelease w21h2 = kb.os().byId("win10-21h2").orElseThrow();
    assertEquals(
        LocalDate.of(2032, 1, 13),
        kb.lifecycles(w21h2, EditionFamily.IOT_LTSC).get(0).endOfSupport());
    assertEquals(
        LocalDate.of(2027, 1, 12), kb.lifecycles(w21h2, EditionFamily.LTSC).get(0).endOfSupport());
    assertEquals(
        LocalDate.of(2026, 10, 13),
        kb.lifecycles(kb.os().byId("win10-1607").orElseThrow(), EditionFamily.IOT_LTSC)
            .get(0)
            .endOfSupport(),
        "LTSB 2016 has no separate IoT date");
  }

  @Test
  void everyReleaseHasALifecycleAndEveryLifecycleARelease() {
    for (OsRelease r : kb.os().all()) {
      assertFalse(kb.lifecycles(r, EditionFamily.UNKNOWN).isEmpty(), r.id());
      assertTrue(r.released() != null, r.id() + " has a release day");
    }
  }
}
