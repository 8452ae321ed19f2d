package org.wuhealth.facts;

/** Servicing stack (TrustedInstaller) version, e.g. "6.3.9600.20470". */
public record ServicingStack(String version) {}
