package org.wuhealth.facts;

/** An IIS site that serves WSUS. */
public record WsusSite(String name, SiteState state, Integer port) {}
