package org.wuhealth.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.knowledge.OsRelease;
import org.wuhealth.rules.api.HostOs;

/**
 * Warnings about the evaluation time itself, which every finding depends on: a snapshot judged as
 * of its own (old) collection time, and an evaluation time before the host's release existed (a
 * wrong clock or a wrong collectedAt).
 */
final class EvaluationWarnings {
  private EvaluationWarnings() {}

  static List<String> of(Snapshot snapshot, Instant now, Analyzer.Options options, HostOs host) {
    List<String> warnings = new ArrayList<>();
    LocalDate asOf = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (options.now() == null && options.today() != null) {
      long days = Duration.between(snapshot.collectedAt(), options.today()).toDays();
      if (days > options.settings().scanMaxAgeDays()) {
        warnings.add(
            "the snapshot is "
                + days
                + " days old and is judged as of "
                + asOf
                + ", when it was collected; give --now "
                + LocalDate.ofInstant(options.today(), ZoneOffset.UTC)
                + " (or another date) to judge it as of that day instead");
      }
    }
    OsRelease release = host.release();
    if (release != null && release.released() != null && asOf.isBefore(release.released())) {
      warnings.add(
          "the evaluation time "
              + asOf
              + " is before "
              + release.name()
              + " (build "
              + host.build()
              + ") was generally available ("
              + release.released()
              + "): a preview build, or a wrong collectedAt; check it, or give --now");
    }
    return warnings;
  }
}
