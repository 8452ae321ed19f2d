package org.wuhealth.facts;

import java.time.Instant;
import java.util.List;

/**
 * Windows Update group policy ({@code Policies\Microsoft\Windows\WindowsUpdate} and {@code \AU}). A
 * null member means the policy value is not set (or was not read).
 *
 * @param classesFromWindowsUpdate the update classes ("feature", "quality", "driver", "other") that
 *     the policy "Specify source service for specific classes of Windows Updates" takes from
 *     Windows Update rather than WSUS; empty when it is on and names none (Windows 10 2004, Server
 *     2022 and later honour it)
 */
public record UpdatePolicy(
    String wuServer,
    String wuStatusServer,
    Boolean useWuServer,
    Boolean noAutoUpdate,
    @Range(min = 0) Integer auOptions,
    @Range(min = 0) Integer deferQualityUpdatesDays,
    @Range(min = 0) Integer deferFeatureUpdatesDays,
    @WireFormat(WireFormat.Form.DATE_OR_INSTANT) Instant pauseQualityUpdatesStartTime,
    @WireFormat(WireFormat.Form.DATE_OR_INSTANT) Instant pauseFeatureUpdatesStartTime,
    String targetReleaseVersion,
    Boolean disableWufbSafeguards,
    @AllowedValues({"feature", "quality", "driver", "other"})
        @Description(
            "The update classes that the policy 'Specify source service for specific classes of"
                + " Windows Updates' (AU\\UseUpdateClassPolicySource with"
                + " SetPolicyDrivenUpdateSourceFor*Updates) takes from Windows Update rather than"
                + " WSUS (value 0); empty when it is on and names no class, null when it is not set."
                + " Windows 10 2004, Server 2022 and later honour it.")
        List<String> classesFromWindowsUpdate) {
  public UpdatePolicy {
    classesFromWindowsUpdate = Lists.copyOrNull(classesFromWindowsUpdate);
  }

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
    private List<String> classesFromWindowsUpdate;

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

    public Builder classesFromWindowsUpdate(List<String> classesFromWindowsUpdate) {
      this.classesFromWindowsUpdate = classesFromWindowsUpdate;
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
          disableWufbSafeguards,
          classesFromWindowsUpdate);
    }
  }
}
