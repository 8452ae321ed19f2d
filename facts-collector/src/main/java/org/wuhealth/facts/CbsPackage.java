package org.wuhealth.facts;

/** A Component Based Servicing package with its state; {@code kb} is null for non-KB packages. */
public record CbsPackage(
    @Required
        @Description(
            "CBS package identity, e.g. Package_for_KB2919355~31bf3856ad364e35~amd64~~6.3.1.14.")
        String identity,
    @WireFormat(WireFormat.Form.KB) String kb,
    PackageState state) {}
