package org.wuhealth.rules.api;

/**
 * One reason a device may not be scanning the Windows Update service (see {@link ScanHealth}).
 *
 * @param inferred false for a failed or stale scan, which is a fact; true for another endpoint,
 *     which only likely keeps a deployment away (some policies send single update classes to
 *     Windows Update)
 * @param minor true for a failing scan of a WSUS client: the WSUS findings and the logged error
 *     codes name its cause, so this restatement of the symptom ranks below them
 */
public record ScanProblem(String evidence, boolean inferred, boolean minor) {}
