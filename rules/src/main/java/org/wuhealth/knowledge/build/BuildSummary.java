package org.wuhealth.knowledge.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a build read and made, as lines for the person who ran it. */
public final class BuildSummary {
  private BuildSummary() {}

  public static List<String> lines(
      BuildResult result, List<DocumentDigest> documents, long elapsedNanos) {
    List<String> lines = new ArrayList<>();
    String range =
        documents.isEmpty()
            ? ""
            : " (" + first(documents).id() + " to " + last(documents).id() + ")";
    lines.add(
        String.format(
            Locale.ROOT,
            "read %d CVRF document(s)%s in %.1f s",
            documents.size(),
            range,
            elapsedNanos / 1e9));
    for (Table t : result.tables()) {
      int generated = result.generated().getOrDefault(t.name(), 0);
      lines.add(
          String.format(
              Locale.ROOT,
              "  %s: %d rows, %d from the CVRF, %d from other sources only",
              t.name(),
              t.rows().size(),
              generated,
              t.rows().size() - generated));
    }
    long resolved = result.disagreements().stream().filter(d -> d.resolution() != null).count();
    lines.add(
        "  disagreements with hand-made rows: "
            + result.disagreements().size()
            + " ("
            + resolved
            + " settled by resolutions, "
            + (result.disagreements().size() - resolved)
            + " not)");
    result.leftOut().forEach((kb, why) -> lines.add("  left out " + kb + ": " + why));
    if (!result.unknownProducts().isEmpty()) {
      lines.add(
          "  Windows products msrc-products.csv does not place (not guessed): "
              + counts(result.unknownProducts()));
    }
    if (!result.uncatalogued().isEmpty()) {
      lines.add(
          "  releases msrc-products.csv names that os-releases.csv lacks: "
              + counts(result.uncatalogued()));
    }
    if (!result.unusedKinds().isEmpty()) {
      lines.add("  fix kinds no table lists: " + counts(result.unusedKinds()));
    }
    result
        .unusedResolutions()
        .forEach(
            r ->
                lines.add(
                    "  resolution no longer needed (no such disagreement): "
                        + r.kb()
                        + " "
                        + r.field()
                        + (r.handValue().isEmpty()
                            ? ""
                            : " " + r.handValue() + " / " + r.cvrfValue())));
    return lines;
  }

  /** One unresolved disagreement, with the resolutions.csv line that would settle it. */
  public static String describe(Disagreement d) {
    return String.format(
        "%s %s %s: hand-made row %s (%s), CVRF %s (%s); e.g. %s,%s,%s,%s,cvrf|hand|VALUE,SOURCE",
        d.table(),
        d.kb(),
        d.field(),
        d.handValue(),
        d.handSource(),
        d.cvrfValue(),
        d.cvrfSource(),
        d.kb(),
        d.field(),
        d.handValue(),
        d.cvrfValue());
  }

  private static String counts(Map<String, Integer> m) {
    return m.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " (" + e.getValue() + " fixes)")
        .collect(Collectors.joining(", "));
  }

  private static DocumentDigest first(List<DocumentDigest> docs) {
    return docs.stream().min(Comparator.comparing(DocumentDigest::initialRelease)).orElseThrow();
  }

  private static DocumentDigest last(List<DocumentDigest> docs) {
    return docs.stream().max(Comparator.comparing(DocumentDigest::initialRelease)).orElseThrow();
  }
}
