package org.wuhealth.facts;

import java.time.Instant;

/**
 * One attempt to install an update package. {@code packageName} is the file or update name ({@code
 * "package"} in JSON); {@code code} is a canonical HRESULT such as "0x80240017".
 */
public record InstallAttempt(
    Instant time,
    @WireName("package") String packageName,
    @WireFormat(WireFormat.Form.KB) String kb,
    Architecture architecture,
    AttemptResult result,
    @WireFormat(WireFormat.Form.HRESULT) String code,
    InstallVia via) {}
