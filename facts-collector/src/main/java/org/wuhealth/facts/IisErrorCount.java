package org.wuhealth.facts;

/** How often one HTTP status was returned on one WSUS path. */
public record IisErrorCount(int status, String path, long count) {}
