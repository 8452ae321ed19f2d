package org.wuhealth.facts;

/** How often one HTTP status was returned on one WSUS path. */
public record IisErrorCount(
    @Range(min = 100, max = 999) int status, @Required String path, @Range(min = 0) long count) {}
