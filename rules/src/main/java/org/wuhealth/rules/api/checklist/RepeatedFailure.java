package org.wuhealth.rules.api.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.knowledge.ErrorCodes;
import org.wuhealth.rules.api.InstalledInventory;

/**
 * One update that Windows Update or WSUS failed to install repeatedly (the rule's {@code
 * minFailures} parameter), never tried by hand (wusa, DISM, manual), not installed since, and
 * without a later successful attempt. Installing it by hand from the Microsoft Update Catalog takes
 * the update client out of the picture.
 *
 * @param update the KB, or the package name when the attempts name no KB
 * @param failures the failed attempts through Windows Update or WSUS, oldest first
 */
public record RepeatedFailure(String update, List<InstallAttempt> failures) {

  public RepeatedFailure {
    failures = List.copyOf(failures);
  }

  /**
   * Every update that failed at least {@code minFailures} times and qualifies, first seen first.
   */
  public static List<RepeatedFailure> find(
      List<InstallAttempt> attempts, InstalledInventory inventory, int minFailures) {
    Map<String, List<InstallAttempt>> byUpdate = new LinkedHashMap<>();
    List<InstallAttempt> ordered =
        attempts.stream()
            .sorted(
                Comparator.comparing(
                        InstallAttempt::time, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(a -> Objects.toString(key(a), "")))
            .toList();
    for (InstallAttempt a : ordered) {
      String key = key(a);
      if (key != null) {
        byUpdate.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    List<RepeatedFailure> found = new ArrayList<>();
    byUpdate.forEach(
        (update, all) -> {
          List<InstallAttempt> failed =
              all.stream()
                  .filter(a -> a.result() == AttemptResult.FAILED && throughUpdateClient(a))
                  .toList();
          boolean triedByHand = all.stream().anyMatch(a -> !throughUpdateClient(a));
          boolean installedSince =
              all.stream()
                      .anyMatch(
                          a ->
                              a.result() == AttemptResult.SUCCEEDED
                                  || a.result() == AttemptResult.ALREADY_INSTALLED)
                  || (inventory.isKnown() && inventory.has(update));
          if (failed.size() >= minFailures && !triedByHand && !installedSince) {
            found.add(new RepeatedFailure(update, failed));
          }
        });
    return found;
  }

  private static boolean throughUpdateClient(InstallAttempt a) {
    return a.via() == InstallVia.WU || a.via() == InstallVia.WSUS;
  }

  private static String key(InstallAttempt a) {
    if (a.kb() != null) {
      return a.kb();
    }
    return a.packageName() == null || a.packageName().isBlank()
        ? null
        : a.packageName().trim().toLowerCase(Locale.ROOT);
  }

  /** The distinct codes the failures reported. */
  public List<String> codes() {
    Set<String> codes = new LinkedHashSet<>();
    failures.stream().map(InstallAttempt::code).filter(Objects::nonNull).forEach(codes::add);
    return List.copyOf(codes);
  }

  public List<String> evidence(ErrorCodes errorCodes) {
    List<String> lines = new ArrayList<>();
    InstallAttempt last = failures.get(failures.size() - 1); // failures are in time order
    Set<String> vias = new LinkedHashSet<>();
    failures.forEach(a -> vias.add(a.via() == InstallVia.WSUS ? "WSUS" : "Windows Update"));
    lines.add(
        update
            + " failed "
            + failures.size()
            + " times through "
            + String.join(" and ", vias)
            + (last.time() == null ? "" : ", last at " + last.time()));
    List<String> codes = codes();
    if (codes.isEmpty()) {
      lines.add("the attempts recorded no error code");
    }
    for (String code : codes) {
      lines.add(
          errorCodes.decode(code).map(c -> c.describe()).orElse(code)
              + " (no other finding accounts for it)");
    }
    lines.add("it has not been installed since, and no manual install (wusa, DISM) was tried");
    return lines;
  }
}
