package org.wuhealth.rules.fleet;

/**
 * A WSUS client that logged a failure code (an HRESULT with the failure bit set) in its Windows
 * Update events or failed install attempts: one fact per host and distinct code.
 *
 * @param index the host's position in the batch
 * @param host the host's name
 * @param ageDays days between the latest such error and the host's evaluation time; -1 when the log
 *     gave no time (the error is then taken as recent)
 */
public record ClientFailure(FailureGroup group, int index, String host, long ageDays) {}
