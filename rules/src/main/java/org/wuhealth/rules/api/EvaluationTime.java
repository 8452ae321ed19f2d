package org.wuhealth.rules.api;

import java.time.Instant;

/**
 * "Now" for the rules. By default the snapshot's collection time, so a snapshot always gives the
 * same result; rules never read the clock.
 */
public record EvaluationTime(Instant now) {}
