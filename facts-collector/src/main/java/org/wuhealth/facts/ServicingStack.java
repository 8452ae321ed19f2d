package org.wuhealth.facts;

/** Servicing stack (TrustedInstaller) version, e.g. "6.3.9600.20470". */
public record ServicingStack(@Matches("^[0-9]+(\\.[0-9]+){1,3}$") String version) {}
