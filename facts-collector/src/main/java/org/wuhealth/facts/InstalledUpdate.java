package org.wuhealth.facts;

import java.time.LocalDate;

/** An installed update (hotfix) as listed by QFE, CBS, the update history or systeminfo. */
public record InstalledUpdate(
    @Required @WireFormat(WireFormat.Form.KB) String kb,
    LocalDate installedOn,
    String description,
    UpdateSource source) {}
