package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ProductType;
import org.wuhealth.parsing.OsFacts;

class OsMapperTest {
  private static final Instant NOW = Instant.parse("2026-11-20T08:15:00.750Z");
  private static final OsFacts REGISTRY_2022 =
      new OsFacts(
          "Windows Server 2022 Datacenter",
          "10.0",
          20348,
          2849,
          ProductType.SERVER,
          InstallationType.SERVER_CORE,
          "ServerDatacenter",
          Architecture.X64,
          null,
          "21H2");

  @Test
  void theSystemsAnswersWinAndTheRegistryAddsWhatOnlyItKnows() {
    List<CollectionIssue> issues = new ArrayList<>();
    // a 32-bit JVM on 64-bit Windows: GetNativeSystemInfo still says AMD64 (9); a domain controller
    OsInfo os =
        OsMapper.map(
            new SystemReader.NativeSystem(10, 0, 20348, 2, 9, 3_600_000L, true, "C:\\Windows"),
            REGISTRY_2022,
            NOW,
            issues);
    assertEquals(
        OsInfo.builder()
            .productName("Windows Server 2022 Datacenter")
            .version("10.0")
            .build(20348)
            .ubr(2849)
            .productType(ProductType.DOMAIN_CONTROLLER)
            .installationType(InstallationType.SERVER_CORE)
            .editionId("ServerDatacenter")
            .architecture(Architecture.X64)
            .lastBootTime(Instant.parse("2026-11-20T07:15:00Z"))
            .displayVersion("21H2")
            .build(),
        os);
    assertEquals(List.of(), issues);
  }

  @Test
  void aRegistryBuildThatDisagreesLosesItsUbr() {
    List<CollectionIssue> issues = new ArrayList<>();
    OsInfo os =
        OsMapper.map(
            new SystemReader.NativeSystem(10, 0, 26100, 3, 9, 0, false, "C:\\Windows"),
            REGISTRY_2022,
            NOW,
            issues);
    assertEquals(26100, os.build());
    assertNull(os.ubr());
    assertEquals("os", issues.get(0).section());
  }

  @Test
  void withoutTheSystemsAnswersTheRegistryAloneAndWithoutEitherNothing() {
    List<CollectionIssue> issues = new ArrayList<>();
    OsInfo os = OsMapper.map(null, REGISTRY_2022, NOW, issues);
    assertEquals(20348, os.build());
    assertEquals(2849, os.ubr());
    assertNull(os.lastBootTime());
    assertNull(OsMapper.map(null, null, NOW, issues));
  }

  @Test
  void architecturesAndProductTypes() {
    assertEquals(Architecture.X86, OsMapper.architecture(0));
    assertEquals(Architecture.IA64, OsMapper.architecture(6));
    assertEquals(Architecture.ARM64, OsMapper.architecture(12));
    assertNull(OsMapper.architecture(5), "32-bit ARM has no snapshot value");
    assertEquals(ProductType.WORKSTATION, OsMapper.productType(1));
    assertEquals(ProductType.SERVER, OsMapper.productType(3));
    assertNull(OsMapper.productType(0));
  }
}
