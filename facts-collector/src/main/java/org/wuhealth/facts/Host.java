package org.wuhealth.facts;

/** Host identity. Both fields may be null when unknown. */
public record Host(String name, String domain) {}
