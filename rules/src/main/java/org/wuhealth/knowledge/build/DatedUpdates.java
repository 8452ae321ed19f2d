package org.wuhealth.knowledge.build;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wuhealth.knowledge.OsRelease;

/**
 * Which document dates each update. A CVRF document lists, per vulnerability, the fixes as they
 * stand at its latest revision, so an old month's document may name a much later update for an old
 * vulnerability. An update is therefore dated by a document in which it is the main fix of its kind
 * for a release (listed by the most vulnerabilities), the one where it is listed most; and an
 * update whose date contradicts the document's own supersedence (it would replace an update
 * released after it) is left out rather than misdated. Months missing from the documents leave
 * their updates undated, which is what the hand-made rows are for.
 */
final class DatedUpdates {
  /**
   * An update and the document that dates it.
   *
   * @param vulnerabilities how many vulnerabilities list it there (for the main release)
   * @param fixes its fixes of this kind in that document, one per release
   */
  record Dated(
      String kb,
      UpdateKind kind,
      DocumentDigest document,
      int vulnerabilities,
      List<ReleaseFix> fixes) {
    LocalDate date() {
      return document.initialRelease();
    }

    Set<String> supersedes() {
      Set<String> all = new TreeSet<>();
      fixes.forEach(f -> all.addAll(f.supersedes()));
      return all;
    }
  }

  /**
   * @param dated by KB, in KB order
   * @param leftOut updates left undated, with the reason
   * @param unusedKinds fix kinds (SubType) of catalogued releases that no table lists, with counts
   */
  record Result(
      Map<String, Dated> dated, Map<String, String> leftOut, Map<String, Integer> unusedKinds) {}

  private DatedUpdates() {}

  static Result of(List<DocumentDigest> documents, Map<String, OsRelease> releases) {
    Map<String, Integer> unused = new TreeMap<>();
    // (kb, kind) -> document -> vulnerabilities where it is a main fix
    Map<List<Object>, Map<DocumentDigest, Integer>> candidates = new LinkedHashMap<>();
    for (DocumentDigest doc : documents) {
      Map<List<Object>, List<ReleaseFix>> groups = new LinkedHashMap<>();
      for (ReleaseFix fix : doc.fixes()) {
        UpdateKind kind = UpdateKind.of(fix.subType(), releases.get(fix.releaseId()));
        if (kind == null) {
          unused.merge(fix.subType().isEmpty() ? "(none)" : fix.subType(), 1, Integer::sum);
        } else {
          groups.computeIfAbsent(List.of(fix.releaseId(), kind), k -> new ArrayList<>()).add(fix);
        }
      }
      groups.forEach(
          (key, fixes) -> {
            int most = fixes.stream().mapToInt(ReleaseFix::vulnerabilities).max().orElse(0);
            for (ReleaseFix f : fixes) {
              if (f.vulnerabilities() == most) {
                candidates
                    .computeIfAbsent(List.of(f.kb(), key.get(1)), k -> new HashMap<>())
                    .merge(doc, most, Math::max);
              }
            }
          });
    }
    Map<String, Dated> dated = new TreeMap<>(Comparator.comparing(DatedUpdates::number));
    candidates.forEach(
        (key, docs) -> {
          String kb = (String) key.get(0);
          UpdateKind kind = (UpdateKind) key.get(1);
          Map.Entry<DocumentDigest, Integer> home =
              docs.entrySet().stream()
                  .max(
                      Comparator.comparing(Map.Entry<DocumentDigest, Integer>::getValue)
                          .thenComparing(
                              e -> e.getKey().initialRelease(), Comparator.reverseOrder())
                          .thenComparing(e -> e.getKey().id(), Comparator.reverseOrder()))
                  .orElseThrow();
          Dated d =
              new Dated(
                  kb,
                  kind,
                  home.getKey(),
                  home.getValue(),
                  home.getKey().fixes().stream()
                      .filter(
                          f ->
                              f.kb().equals(kb)
                                  && kind
                                      == UpdateKind.of(f.subType(), releases.get(f.releaseId())))
                      .toList());
          dated.merge(
              kb,
              d,
              (a, b) ->
                  a.vulnerabilities() != b.vulnerabilities()
                      ? (a.vulnerabilities() > b.vulnerabilities() ? a : b)
                      : (a.kind().compareTo(b.kind()) <= 0 ? a : b));
        });
    Map<String, String> leftOut = new TreeMap<>(Comparator.comparing(DatedUpdates::number));
    for (Dated a : dated.values()) {
      for (String replaced : a.supersedes()) {
        Dated b = dated.get(replaced);
        if (b == null
            || !b.date().isAfter(a.date())
            || leftOut.containsKey(a.kb())
            || leftOut.containsKey(b.kb())) {
          continue;
        }
        String conflict =
            String.format(
                "%s of %s (%s) would replace %s of %s (%s)",
                a.kb(), a.date(), a.document().id(), b.kb(), b.date(), b.document().id());
        Dated loser = b.vulnerabilities() < a.vulnerabilities() ? b : a;
        leftOut.put(
            loser.kb(),
            "undated: "
                + conflict
                + "; "
                + loser.kb()
                + " is the one listed less ("
                + loser.vulnerabilities()
                + " vulnerabilities in "
                + loser.document().id()
                + ")");
      }
    }
    leftOut.keySet().forEach(dated::remove);
    return new Result(dated, leftOut, unused);
  }

  static long number(String kb) {
    return Long.parseLong(kb.substring(2));
  }
}
