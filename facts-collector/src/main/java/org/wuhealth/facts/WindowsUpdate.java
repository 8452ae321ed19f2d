package org.wuhealth.facts;

import java.util.List;

/** Windows Update client policy and state. Null members were not collected. */
public record WindowsUpdate(
    UpdatePolicy policy,
    PauseState pause,
    LastScan lastScan,
    String susClientId,
    UpdateHealthTools updateHealthTools,
    List<String> safeguardHolds,
    List<Deployment> deployments,
    Enrollment enrollment) {

  public WindowsUpdate {
    safeguardHolds = Lists.copyOrNull(safeguardHolds);
    deployments = Lists.copyOrNull(deployments);
  }
}
