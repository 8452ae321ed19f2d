package org.wuhealth.facts;

import java.time.Instant;

/** An event or log line that carries an error code or a message worth reasoning about. */
public record LogEvent(
    Instant time, EventSource source, Integer eventId, String code, String message, String kb) {}
