package org.wuhealth.rules.api;

import org.wuhealth.facts.ProductType;

/**
 * Where the Windows Update for Business deployment service (Windows Autopatch) applies: it manages
 * Windows 10 and 11 client editions only (Microsoft's "Windows Update for Business deployment
 * service prerequisites", operating systems and editions), so its enrollments and deployments are
 * never facts a Windows Server is judged by.
 */
public final class DeploymentService {
  private DeploymentService() {}

  /** False for a host known to run Windows Server; true for a client or an unknown edition. */
  public static boolean applies(HostOs host) {
    if (host.release() != null) {
      return !host.release().server();
    }
    ProductType type = host.os().productType();
    return type == null || type == ProductType.WORKSTATION;
  }
}
