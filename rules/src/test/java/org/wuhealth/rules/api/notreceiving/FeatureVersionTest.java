package org.wuhealth.rules.api.notreceiving;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.DeploymentState;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.ProductType;
import org.wuhealth.rules.api.Facts;
import org.wuhealth.rules.api.HostOs;

class FeatureVersionTest {
  private static HostOs running(int build, String displayVersion) {
    return Facts.host(
        OsInfo.builder()
            .productName("Windows Enterprise")
            .version("10.0")
            .build(build)
            .productType(ProductType.WORKSTATION)
            .editionId("Enterprise")
            .displayVersion(displayVersion)
            .build());
  }

  private static Deployment feature(String update) {
    return new Deployment(update, DeploymentCategory.FEATURE, DeploymentState.OFFERING, false);
  }

  private static final HostOs WINDOWS_11_22H2 = running(22621, "22H2");

  @Test
  void theVersionTheDeviceRunsOrAnEarlierOneIsReached() {
    assertTrue(FeatureVersion.reached(feature("Windows 11, version 22H2"), WINDOWS_11_22H2));
    assertTrue(FeatureVersion.reached(feature("Windows 11, version 21H2"), WINDOWS_11_22H2));
    assertFalse(FeatureVersion.reached(feature("Windows 11, version 23H2"), WINDOWS_11_22H2));
  }

  @Test
  void theProductComesBeforeTheVersion() {
    assertTrue(
        FeatureVersion.reached(feature("Windows 10, version 22H2"), WINDOWS_11_22H2),
        "any Windows 10 version is behind Windows 11");
    HostOs windows10 = running(19045, "22H2");
    assertFalse(FeatureVersion.reached(feature("Windows 11, version 21H2"), windows10));
  }

  @Test
  void onlyANamedFeatureUpdateOnAKnownVersionCanBeReached() {
    assertFalse(
        FeatureVersion.reached(
            new Deployment("Windows 11, version 22H2", DeploymentCategory.QUALITY, null, false),
            WINDOWS_11_22H2));
    assertFalse(FeatureVersion.reached(feature(null), WINDOWS_11_22H2));
    assertFalse(FeatureVersion.reached(feature("Windows 11 feature update"), WINDOWS_11_22H2));
    assertFalse(
        FeatureVersion.reached(feature("Windows 11, version 21H2"), running(22621, null)),
        "the version the device runs was not collected");
  }
}
