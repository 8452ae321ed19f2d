package org.wuhealth.knowledge;

/**
 * An installed update (or the installed build) that replaces a package.
 *
 * @param by the superseding KB, or the host build such as "build 14393.9418"
 * @param reason one sentence for the evidence
 */
public record Supersession(String superseded, String by, String reason) {}
