package org.wuhealth.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Finding;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.rules.api.Confidence;
import org.wuhealth.rules.api.Severity;

/**
 * What the monitoring formats say about one analysed host, small enough for a batch to hand from
 * its workers to its writer: counts by severity, the rules that fired, how many checks could not
 * run, and which sources could not be read.
 *
 * @param source the input as the user named it ("live:HOST" for a scan)
 * @param rules the rules that fired, in rank order, one entry per rule, severity and confidence
 * @param notRead the collector sources (or import sections) that could not be read
 */
public record MonitoringSummary(
    String source,
    String host,
    Instant collectedAt,
    Map<Severity, Integer> bySeverity,
    List<RuleCount> rules,
    int skippedChecks,
    List<String> notRead,
    long knowledgeAgeDays,
    boolean newerThanKnowledge) {

  /** How many findings one rule made with one severity and confidence. */
  public record RuleCount(String ruleId, Severity severity, Confidence confidence, int findings) {}

  public MonitoringSummary {
    bySeverity = Map.copyOf(bySeverity);
    rules = List.copyOf(rules);
    notRead = List.copyOf(notRead);
  }

  public static MonitoringSummary of(AnalysisResult r) {
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0);
    }
    Map<String, RuleCount> rules = new LinkedHashMap<>();
    for (Finding f : r.findings()) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
      String key = f.ruleId() + '\0' + f.severity() + '\0' + f.confidence();
      RuleCount seen = rules.get(key);
      rules.put(
          key,
          new RuleCount(
              f.ruleId(), f.severity(), f.confidence(), seen == null ? 1 : seen.findings() + 1));
    }
    List<String> notRead = new ArrayList<>();
    List<CollectionIssue> issues = r.snapshot().collectionIssues();
    for (CollectionIssue issue : issues == null ? List.<CollectionIssue>of() : issues) {
      if (!notRead.contains(issue.source())) {
        notRead.add(issue.source());
      }
    }
    return new MonitoringSummary(
        r.source(),
        r.snapshot().hostName(),
        r.snapshot().collectedAt(),
        bySeverity,
        List.copyOf(rules.values()),
        r.skipped().size(),
        notRead,
        r.knowledge().ageDays(),
        r.knowledge().hostIsNewer());
  }

  public int findings() {
    return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The worst severity found, or null when there is no finding. */
  public Severity worst() {
    return rules.stream().map(RuleCount::severity).min(Enum::compareTo).orElse(null);
  }
}
