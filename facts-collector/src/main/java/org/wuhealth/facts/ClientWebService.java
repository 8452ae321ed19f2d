package org.wuhealth.facts;

/** Values from {@code WebServices\ClientWebService\web.config} on a WSUS server. */
public record ClientWebService(Integer maxInstalledPrerequisites, Integer maxCachedUpdates) {}
