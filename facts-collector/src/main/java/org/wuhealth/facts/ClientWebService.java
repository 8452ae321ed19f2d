package org.wuhealth.facts;

/** Values from {@code WebServices\ClientWebService\web.config} on a WSUS server. */
public record ClientWebService(
    @Range(min = 0) Integer maxInstalledPrerequisites, @Range(min = 0) Integer maxCachedUpdates) {}
