package org.wuhealth.facts;

import java.time.Instant;

/** Pause end times set in the Settings app; null when not paused or unknown. */
public record PauseState(Instant qualityUpdatesPausedUntil, Instant featureUpdatesPausedUntil) {}
