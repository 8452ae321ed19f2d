package org.wuhealth.facts;

/** Free space on the system drive, in bytes. */
public record Disk(@Range(min = 0) Long systemDriveFreeBytes) {}
