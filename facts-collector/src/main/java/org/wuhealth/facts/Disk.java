package org.wuhealth.facts;

/** Free space on the system drive, in bytes. */
public record Disk(Long systemDriveFreeBytes) {}
