package org.wuhealth.facts;

/** One pending-restart marker and a human-readable detail (registry path, value). */
public record RebootSignal(@Required RebootSignalKind signal, String detail) {}
