package org.wuhealth.collector;

/**
 * Everything the live collector asks Windows, one small interface per kind of source. On Windows
 * the JNA implementations in {@code org.wuhealth.collector.windows} answer (the only code that
 * touches native calls); tests answer with recorded values.
 */
public record WindowsAccess(
    SystemReader system,
    RegistryReader registry,
    ServiceReader services,
    WmiReader wmi,
    EventLogReader eventLog) {}
