package org.wuhealth.rules.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ProductType;

class DeploymentServiceTest {

  @Test
  void aKnownServerReleaseIsNeverManaged() {
    HostOs server =
        Facts.host(
            Facts.os(
                "Windows Server 2019 Standard",
                "10.0",
                17763,
                ProductType.SERVER,
                "ServerStandard"));
    assertTrue(server.release().server());
    assertFalse(DeploymentService.applies(server));
  }

  @Test
  void aClientReleaseIsManaged() {
    HostOs client =
        Facts.host(
            Facts.os(
                "Windows 11 Enterprise", "10.0", 22631, ProductType.WORKSTATION, "Enterprise"));
    assertFalse(client.release().server());
    assertTrue(DeploymentService.applies(client));
  }

  @Test
  void anUnidentifiedReleaseIsJudgedByItsProductType() {
    HostOs server = Facts.host(Facts.os(null, "10.0", 99999, ProductType.SERVER, null));
    HostOs domainController =
        Facts.host(Facts.os(null, "10.0", 99999, ProductType.DOMAIN_CONTROLLER, null));
    HostOs workstation = Facts.host(Facts.os(null, "10.0", 99999, ProductType.WORKSTATION, null));
    HostOs unknown = Facts.host(Facts.os(null, "10.0", 99999, null, null));
    assertTrue(server.release() == null && unknown.release() == null);
    assertFalse(DeploymentService.applies(server));
    assertFalse(DeploymentService.applies(domainController));
    assertTrue(DeploymentService.applies(workstation));
    assertTrue(DeploymentService.applies(unknown), "an unknown edition may be a client");
  }
}
