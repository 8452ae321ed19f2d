package org.wuhealth.facts;

/** A Component Based Servicing package with its state; {@code kb} is null for non-KB packages. */
public record CbsPackage(
    String identity, @WireFormat(WireFormat.Form.KB) String kb, PackageState state) {}
