package org.wuhealth.parsing;

import java.time.Instant;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.InstallationType;
import org.wuhealth.facts.ProductType;

/**
 * What one source says about the OS; any member may be null (unlike {@link
 * org.wuhealth.facts.OsInfo}, whose build is required). Sources are merged into one OsInfo.
 */
public record OsFacts(
    String productName,
    String version,
    Integer build,
    Integer ubr,
    ProductType productType,
    InstallationType installationType,
    String editionId,
    Architecture architecture,
    Instant lastBootTime,
    String displayVersion) {}
