package org.wuhealth.facts;

import java.time.Instant;

/** The most recent update scan the system recorded. */
public record LastScan(Instant time, ScanResult result, ScanSource source) {}
