package org.wuhealth.facts;

import java.time.Instant;

/**
 * Windows Update group policy ({@code Policies\Microsoft\Windows\WindowsUpdate} and {@code \AU}). A
 * null member means the policy value is not set (or was not read).
 */
public record UpdatePolicy(
    String wuServer,
    String wuStatusServer,
    Boolean useWuServer,
    Boolean noAutoUpdate,
    Integer auOptions,
    Integer deferQualityUpdatesDays,
    Integer deferFeatureUpdatesDays,
    @WireFormat(WireFormat.Form.DATE_OR_INSTANT) Instant pauseQualityUpdatesStartTime,
    @WireFormat(WireFormat.Form.DATE_OR_INSTANT) Instant pauseFeatureUpdatesStartTime,
    String targetReleaseVersion,
    Boolean disableWufbSafeguards) {
  /** A builder: code names the members it sets; the others stay null (not collected). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UpdatePolicy} member by member. */
  public static final class Builder {
    private String wuServer;
    private String wuStatusServer;
    private Boolean useWuServer;
    private Boolean noAutoUpdate;
    private Integer auOptions;
    private Integer deferQualityUpdatesDays;
    private Integer deferFeatureUpdatesDays;
    private Instant pauseQualityUpdatesStartTime;
    private Instant pauseFeatureUpdatesStartTime;
    private String targetReleaseVersion;
    private Boolean disableWufbSafeguards;

    private Builder() {}

    public Builder wuServer(String wuServer) {
      this.wuServer = wuServer;
      return this;
    }

    public Builder wuStatusServer(String wuStatusServer) {
      this.wuStatusServer = wuStatusServer;
      return this;
    }

    public Builder useWuServer(Boolean useWuServer) {
      this.useWuServer = useWuServer;
      return this;
    }

    public Builder noAutoUpdate(Boolean noAutoUpdate) {
      this.noAutoUpdate = noAutoUpdate;
      return this;
    }

    public Builder auOptions(Integer auOptions) {
      this.auOptions = auOptions;
      return this;
    }

    public Builder deferQualityUpdatesDays(Integer deferQualityUpdatesDays) {
      this.deferQualityUpdatesDays = deferQualityUpdatesDays;
      return this;
    }

    public Builder deferFeatureUpdatesDays(Integer deferFeatureUpdatesDays) {
      this.deferFeatureUpdatesDays = deferFeatureUpdatesDays;
      return this;
    }

    public Builder pauseQualityUpdatesStartTime(Instant pauseQualityUpdatesStartTime) {
      this.pauseQualityUpdatesStartTime = pauseQualityUpdatesStartTime;
      return this;
    }

    public Builder pauseFeatureUpdatesStartTime(Instant pauseFeatureUpdatesStartTime) {
      this.pauseFeatureUpdatesStartTime = pauseFeatureUpdatesStartTime;
      return this;
    }

    public Builder targetReleaseVersion(String targetReleaseVersion) {
      this.targetReleaseVersion = targetReleaseVersion;
      return this;
    }

    public Builder disableWufbSafeguards(Boolean disableWufbSafeguards) {
      this.disableWufbSafeguards = disableWufbSafeguards;
      return this;
    }

    public UpdatePolicy build() {
      return new UpdatePolicy(
          wuServer,
          wuStatusServer,
          useWuServer,
          noAutoUpdate,
          auOptions,
          deferQualityUpdatesDays,
          deferFeatureUpdatesDays,
          pauseQualityUpdatesStartTime,
          pauseFeatureUpdatesStartTime,
          targetReleaseVersion,
          disableWufbSafeguards);
    }
  }
}
