package org.wuhealth.batch;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.rules.api.Severity;

/**
 * The fleet summary, built from counters as hosts finish (never from a list of hosts): inputs read
 * and failed, hosts by worst severity, findings per rule, hosts per OS and build. Used by one
 * thread.
 */
final class Tally {
  /**
   * Distinct OS/build keys kept before the rest are counted as "(other)": snapshots are untrusted.
   */
  static final int MAX_OS_KEYS = 500;

  static final String OTHER = "(other)";

  /**
   * What one analysed host adds to the tally (computed by the worker that analysed it).
   *
   * @param knowledge the update knowledge it was analysed with
   * @param newerThanKnowledge whether the host has updates newer than that knowledge
   */
  record Entry(
      Severity worst,
      List<RuleHit> rules,
      String os,
      String build,
      KnowledgeEdition knowledge,
      boolean newerThanKnowledge) {}

  /** One rule that fired on a host, with how many findings it made there. */
  record RuleHit(String ruleId, String title, Severity severity, int findings) {}

  /** Per-rule totals. */
  static final class RuleCount {
    final String title;
    Severity worst;
    long hosts;
    long findings;

    RuleCount(String title, Severity worst) {
      this.title = title;
      this.worst = worst;
    }
  }

  long inputs;
  long analyzed;
  long failed;
  long skipped;
  long clean;
  long newerThanKnowledge;
  KnowledgeEdition knowledge;
  final Map<Severity, Long> worst = new EnumMap<>(Severity.class);
  final Map<String, RuleCount> rules = new TreeMap<>();
  final Map<String, Map<String, Long>> osBuilds = new TreeMap<>();
  private int osKeys;

  void add(Entry e) {
    inputs++;
    analyzed++;
    knowledge = e.knowledge();
    if (e.newerThanKnowledge()) {
      newerThanKnowledge++;
    }
    if (e.worst() == null) {
      clean++;
    } else {
      worst.merge(e.worst(), 1L, Long::sum);
    }
    for (RuleHit hit : e.rules()) {
      RuleCount c =
          rules.computeIfAbsent(hit.ruleId(), id -> new RuleCount(hit.title(), hit.severity()));
      c.hosts++;
      c.findings += hit.findings();
      if (hit.severity().compareTo(c.worst) < 0) {
        c.worst = hit.severity();
      }
    }
    Map<String, Long> builds = osBuilds.get(e.os());
    if (builds == null || !builds.containsKey(e.build())) {
      if (osKeys >= MAX_OS_KEYS) {
        osBuilds.computeIfAbsent(OTHER, k -> new TreeMap<>()).merge(OTHER, 1L, Long::sum);
        return;
      }
      osKeys++;
    }
    osBuilds.computeIfAbsent(e.os(), k -> new TreeMap<>()).merge(e.build(), 1L, Long::sum);
  }

  void addFailure() {
    inputs++;
    failed++;
  }

  long hostsAtLeast(Severity threshold) {
    return worst.entrySet().stream()
        .filter(en -> en.getKey().atLeast(threshold))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
