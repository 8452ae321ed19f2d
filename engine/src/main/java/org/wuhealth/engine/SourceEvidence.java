package org.wuhealth.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.wuhealth.facts.FactPaths;
import org.wuhealth.facts.Provenance;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;
import org.wuhealth.rules.api.PackageCheck;

/**
 * Says which imported files a finding rests on: the facts a rule matched are located in the
 * snapshot (as JSON pointers) and looked up in its provenance. Yields nothing for snapshots without
 * provenance (live and hand-written ones).
 */
final class SourceEvidence {
  private static final int MAX_LINES = 5;

  private final Snapshot snapshot;
  private final Map<Object, String> pointers = new IdentityHashMap<>();

  SourceEvidence(Snapshot snapshot) {
    this.snapshot = snapshot;
    if (snapshot.provenance() != null) {
      index();
    }
  }

  private void index() {
    FactPaths.forEachFact(snapshot, (pointer, fact) -> pointers.putIfAbsent(fact, pointer));
  }

  /**
   * "read from: systeminfo.txt (os, updates); ReportingEvents.log line 57 (installAttempts)", or
   * empty when the snapshot has no provenance or the matched facts none.
   */
  Optional<String> describe(List<Object> matched) {
    if (snapshot.provenance() == null) {
      return Optional.empty();
    }
    List<String> wanted = new ArrayList<>();
    for (Object fact : matched) {
      for (String pointer : pointersOf(fact)) {
        if (!wanted.contains(pointer)) {
          wanted.add(pointer);
        }
      }
    }
    Map<String, TreeSet<String>> sections = new LinkedHashMap<>();
    Map<String, TreeSet<Integer>> lines = new LinkedHashMap<>();
    for (String pointer : wanted) {
      boolean item = pointer.matches(".*/\\d+$");
      for (Provenance p : snapshot.provenance()) {
        if (p.concerns(pointer)) {
          sections.computeIfAbsent(p.file(), f -> new TreeSet<>()).add(section(p.fact()));
          TreeSet<Integer> fileLines = lines.computeIfAbsent(p.file(), f -> new TreeSet<>());
          if (item && p.line() != null) {
            fileLines.add(p.line());
          }
        }
      }
    }
    if (sections.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    sections.forEach(
        (file, names) ->
            parts.add(file + lines(lines.get(file)) + " (" + String.join(", ", names) + ")"));
    return Optional.of("read from: " + String.join("; ", parts));
  }

  private List<String> pointersOf(Object fact) {
    if (fact instanceof HostOs) {
      return List.of("/os");
    }
    if (fact instanceof InstalledInventory) {
      return List.of("/updates", "/packages");
    }
    if (fact instanceof PackageCheck check && check.lastAttempt() != null) {
      return pointersOf(check.lastAttempt());
    }
    String pointer = pointers.get(fact);
    return pointer == null ? List.of() : List.of(pointer);
  }

  private static String section(String pointer) {
    int next = pointer.indexOf('/', 1);
    return next < 0 ? pointer.substring(1) : pointer.substring(1, next);
  }

  private static String lines(TreeSet<Integer> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    List<String> shown = lines.stream().limit(MAX_LINES).map(String::valueOf).toList();
    String more = lines.size() > MAX_LINES ? ", ... (" + lines.size() + " lines)" : "";
    return (lines.size() == 1 ? " line " : " lines ") + String.join(", ", shown) + more;
  }
}
