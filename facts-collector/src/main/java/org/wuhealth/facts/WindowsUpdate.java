package org.wuhealth.facts;

import java.util.List;

/** Windows Update client policy and state. Null members were not collected. */
public record WindowsUpdate(
    UpdatePolicy policy,
    PauseState pause,
    LastScan lastScan,
    String susClientId,
    UpdateHealthTools updateHealthTools,
    @Description("Safeguard hold ids; empty: none.") List<String> safeguardHolds,
    List<Deployment> deployments,
    Enrollment enrollment) {

  public WindowsUpdate {
    safeguardHolds = Lists.copyOrNull(safeguardHolds);
    deployments = Lists.copyOrNull(deployments);
  }

  /** A builder: code names the members it sets; the others stay null (not collected). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WindowsUpdate} member by member. */
  public static final class Builder {
    private UpdatePolicy policy;
    private PauseState pause;
    private LastScan lastScan;
    private String susClientId;
    private UpdateHealthTools updateHealthTools;
    private List<String> safeguardHolds;
    private List<Deployment> deployments;
    private Enrollment enrollment;

    private Builder() {}

    public Builder policy(UpdatePolicy policy) {
      this.policy = policy;
      return this;
    }

    public Builder pause(PauseState pause) {
      this.pause = pause;
      return this;
    }

    public Builder lastScan(LastScan lastScan) {
      this.lastScan = lastScan;
      return this;
    }

    public Builder susClientId(String susClientId) {
      this.susClientId = susClientId;
      return this;
    }

    public Builder updateHealthTools(UpdateHealthTools updateHealthTools) {
      this.updateHealthTools = updateHealthTools;
      return this;
    }

    public Builder safeguardHolds(List<String> safeguardHolds) {
      this.safeguardHolds = safeguardHolds;
      return this;
    }

    public Builder deployments(List<Deployment> deployments) {
      this.deployments = deployments;
      return this;
    }

    public Builder enrollment(Enrollment enrollment) {
      this.enrollment = enrollment;
      return this;
    }

    public WindowsUpdate build() {
      return new WindowsUpdate(
          policy,
          pause,
          lastScan,
          susClientId,
          updateHealthTools,
          safeguardHolds,
          deployments,
          enrollment);
    }
  }
}
