package org.wuhealth.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.OsRelease;
import org.wuhealth.knowledge.ServicingStackUpdate;

/**
 * Finds evidence that cites something released after the evaluation day: an update the knowledge
 * base dates later, or a Windows release that came out later. Judging as of the snapshot (issue 12)
 * means no finding may do that.
 */
final class FutureCitations {
  private static final Pattern KB = Pattern.compile("\\bKB\\d{6,7}\\b");
  private static final Knowledge ALL = Knowledge.get();

  private FutureCitations() {}

  /** One line per citation from the future: "RULE: KBnnn (released D) in: evidence". */
  static List<String> in(AnalysisResult result) {
    LocalDate day = LocalDate.ofInstant(result.evaluatedAt(), java.time.ZoneOffset.UTC);
    List<String> problems = new ArrayList<>();
    for (Finding f : result.findings()) {
      for (String line : f.evidence()) {
        Matcher m = KB.matcher(line);
        while (m.find()) {
          earliestRelease(m.group())
              .filter(released -> released.isAfter(day))
              .ifPresent(
                  released ->
                      problems.add(
                          f.ruleId()
                              + ": "
                              + m.group()
                              + " (released "
                              + released
                              + ") cited as of "
                              + day
                              + " in: "
                              + line));
        }
        for (OsRelease r : ALL.os().all()) {
          if (r.released() != null && r.released().isAfter(day) && line.contains(r.name())) {
            problems.add(
                f.ruleId()
                    + ": "
                    + r.name()
                    + " (released "
                    + r.released()
                    + ") cited as of "
                    + day
                    + " in: "
                    + line);
          }
        }
      }
    }
    return problems;
  }

  /** The earliest day an update may have been released: its day, or its month's first day. */
  private static Optional<LocalDate> earliestRelease(String kb) {
    Optional<ServicingStackUpdate> ssu = ALL.servicingStackUpdate(kb);
    if (ssu.isPresent()) {
      ServicingStackUpdate s = ssu.get();
      if (s.releaseDate() != null) {
        return Optional.of(s.releaseDate());
      }
      return Optional.ofNullable(s.releaseMonth()).map(m -> m.atDay(1));
    }
    return ALL.rollup(kb).map(r -> r.releaseDate());
  }
}
