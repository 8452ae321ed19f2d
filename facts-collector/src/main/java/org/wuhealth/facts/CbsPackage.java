package org.wuhealth.facts;

/** A Component Based Servicing package with its state; {@code kb} is null for non-KB packages. */
public record CbsPackage(String identity, String kb, PackageState state) {}
