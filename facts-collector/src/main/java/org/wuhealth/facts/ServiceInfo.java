package org.wuhealth.facts;

/** A Windows service with its run state and start type; {@code name} is the service key name. */
public record ServiceInfo(
    @Required @Description("Service key name, e.g. wuauserv.") String name,
    String displayName,
    ServiceState state,
    StartType startType) {}
