package org.wuhealth.knowledge.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.build.ProductMap.Kind;
import org.wuhealth.knowledge.build.ProductMap.Match;

class ProductMapTest {
  private final ProductMap map = ProductMap.bundled(Knowledge.get().os().all());

  @Test
  void serverCoreAndArchitectureVariantsAreTheirRelease() {
    assertEquals(
        new Match(Kind.RELEASE, "ws2022"),
        map.resolve("Windows Server 2022 (Server Core installation)"));
    assertEquals(
        new Match(Kind.RELEASE, "ws2016"),
        map.resolve("Windows Server 2016  (Server Core installation)"));
    assertEquals(
        new Match(Kind.RELEASE, "ws2008sp2"),
        map.resolve(
            "Windows Server 2008 for 32-bit Systems Service Pack 2 (Server Core installation)"));
    assertEquals(
        new Match(Kind.RELEASE, "ws2008r2sp1"),
        map.resolve("Windows Server 2008 R2 for x64-based Systems Service Pack 1"));
    assertEquals(
        new Match(Kind.RELEASE, "win10-1809"),
        map.resolve("Windows 10 Version 1809 for ARM64-based Systems"));
    assertEquals(
        new Match(Kind.RELEASE, "win11-21h2"), map.resolve("Windows 11 for x64-based Systems"));
    assertEquals(
        new Match(Kind.RELEASE, "win11-21h2"),
        map.resolve("Windows 11 version 21H2 for x64-based Systems"));
    assertEquals(
        new Match(Kind.RELEASE, "ws23h2"),
        map.resolve("Windows Server 2022, 23H2 Edition (Server Core installation)"));
  }

  @Test
  void unknownWindowsIsReportedNotGuessedAndOtherProductsAreNotWindows() {
    assertEquals(
        new Match(Kind.UNKNOWN, null),
        map.resolve("Windows 11 Version 26H1 for x64-based Systems"));
    assertEquals(new Match(Kind.NOT_A_RELEASE, null), map.resolve("Windows RT 8.1"));
    assertEquals(
        new Match(Kind.OTHER, null), map.resolve("Windows Defender on Windows Server 2016"));
    assertEquals(
        new Match(Kind.OTHER, null),
        map.resolve("Microsoft SQL Server 2022 for x64-based Systems (GDR)"));
    assertEquals(
        new Match(Kind.RELEASE, "vista"),
        map.resolve("Windows Vista x64 Edition Service Pack 2"),
        "msrc-products.csv names vista, which os-releases.csv lists");
  }

  @Test
  void aReleaseIdTheCatalogueLacksIsReportedNotMapped() {
    ProductMap withoutVista =
        new ProductMap(
            List.of(
                Map.of(
                    "msrc_name",
                    "Windows Vista x64 Edition Service Pack 2",
                    "release_id",
                    "vista",
                    "source",
                    "test")),
            Knowledge.get().os().all().stream().filter(r -> !r.id().equals("vista")).toList());
    assertEquals(
        Kind.UNCATALOGUED, withoutVista.resolve("Windows Vista x64 Edition Service Pack 2").kind());
  }
}
