package org.wuhealth.facts;

/** Microsoft Update Health Tools (KB4023057), needed for expedited quality updates. */
public record UpdateHealthTools(Boolean installed, String version) {}
