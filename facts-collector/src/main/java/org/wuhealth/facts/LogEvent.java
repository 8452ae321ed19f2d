package org.wuhealth.facts;

import java.time.Instant;

/** An event or log line that carries an error code or a message worth reasoning about. */
public record LogEvent(
    Instant time,
    @Required EventSource source,
    Integer eventId,
    @WireFormat(WireFormat.Form.HRESULT) String code,
    String message,
    @WireFormat(WireFormat.Form.KB) String kb) {}
