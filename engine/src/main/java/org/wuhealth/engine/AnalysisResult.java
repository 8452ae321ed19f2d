package org.wuhealth.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.rules.api.Severity;

/**
 * Everything wuhealth concluded about one snapshot.
 *
 * @param source the file as named by the user (or another label for in-memory input)
 * @param evaluatedAt the "now" the rules saw
 * @param findings ranked, best first
 * @param skipped checks that could not run, in catalogue order
 * @param warnings input warnings such as unknown fields
 * @param knowledge how current the update knowledge was (its age, and whether the host is newer)
 */
public record AnalysisResult(
    String source,
    Snapshot snapshot,
    Instant evaluatedAt,
    List<Finding> findings,
    List<SkippedCheck> skipped,
    List<String> warnings,
    KnowledgeState knowledge) {

  public AnalysisResult {
    findings = List.copyOf(findings);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** The worst severity among the findings; empty when there are none. */
  public Optional<Severity> worstSeverity() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }
}
