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
    Boolean disableWufbSafeguards) {}
