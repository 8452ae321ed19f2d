package org.wuhealth.knowledge.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.build.ProductMap.Kind;
import org.wuhealth.knowledge.build.ProductMap.Match;

class ProductMapTest {
  private final ProductMap map = ProductMap.bundled(Knowledge.get().os().all());

  /** Server Core and architecture variants are their release. */
  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "ws2022, 'Windows Server 2022 (Server Core installation)'",
    "ws2016, 'Windows Server 2016  (Server Core installation)'",
    "ws2008sp2, 'Windows Server 2008 for 32-bit Systems Service Pack 2 (Server Core installation)'",
    "ws2008r2sp1, 'Windows Server 2008 R2 for x64-based Systems Service Pack 1'",
    "win10-1809, 'Windows 10 Version 1809 for ARM64-based Systems'",
    "win11-21h2, 'Windows 11 for x64-based Systems'",
    "win11-21h2, 'Windows 11 version 21H2 for x64-based Systems'",
    "ws23h2, 'Windows Server 2022, 23H2 Edition (Server Core installation)'"
  })
  void variantsAreTheirRelease(String release, String msrcName) {
    assertEquals(new Match(Kind.RELEASE, release), map.resolve(msrcName));
  }

  /**
   * Unknown Windows is reported, not guessed; other products are not Windows. Vista: the MSRC name
   * table names it, and os-releases.csv lists it.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource({
    "UNKNOWN, , 'Windows 11 Version 26H1 for x64-based Systems'",
    "NOT_A_RELEASE, , 'Windows RT 8.1'",
    "OTHER, , 'Windows Defender on Windows Server 2016'",
    "OTHER, , 'Microsoft SQL Server 2022 for x64-based Systems (GDR)'",
    "RELEASE, vista, 'Windows Vista x64 Edition Service Pack 2'"
  })
  void unknownWindowsIsReportedNotGuessedAndOtherProductsAreNotWindows(
      Kind kind, String release, String msrcName) {
    assertEquals(new Match(kind, release), map.resolve(msrcName));
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
