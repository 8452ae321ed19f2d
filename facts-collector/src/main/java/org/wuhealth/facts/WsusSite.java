package org.wuhealth.facts;

/** An IIS site that serves WSUS. */
public record WsusSite(
    @Required String name, SiteState state, @Range(min = 0, max = 65535) Integer port) {}
