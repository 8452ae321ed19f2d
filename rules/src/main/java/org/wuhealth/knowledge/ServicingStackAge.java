package org.wuhealth.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wuhealth.facts.Kb;

/**
 * Whether a host's servicing stack is older than the latest servicing stack update (SSU) the
 * knowledge base knows for its release. Only trusted {@code ssu.csv} rows define "latest" and the
 * versions compared against; an installed SSU listed in a less trusted row still counts as
 * installed. Releases whose SSU ships inside the cumulative update are never judged on SSU age.
 *
 * <p>The servicing stack version, when collected, is the stronger evidence: it can prove a stack
 * older than a known SSU. Without it, the installed SSU KBs are compared with the latest known one,
 * which needs a complete update list.
 *
 * @param latest the latest trusted SSU for the release
 * @param basis "version" or "updates": what proves the stack outdated
 * @param reason one sentence for the evidence
 */
public record ServicingStackAge(ServicingStackUpdate latest, String basis, String reason) {

  /**
   * The stack's age problem, or empty when it is current, when the release's SSU is combined with
   * the cumulative update, or when the facts cannot tell.
   *
   * @param version the collected servicing stack version ("6.3.9600.20470"), or null
   * @param installed the installed updates, or null when the update list is unusable (not collected
   *     or cut short)
   */
  public static Optional<ServicingStackAge> assess(
      Knowledge kb, OsRelease release, String version, InstalledSet installed) {
    if (release == null || release.ssuCombinedWithLcu()) {
      return Optional.empty();
    }
    List<ServicingStackUpdate> ssus = kb.servicingStackUpdates(release);
    List<ServicingStackUpdate> trusted =
        ssus.stream().filter(ServicingStackUpdate::trusted).toList();
    Optional<ServicingStackUpdate> latest = trusted.stream().max(BY_KB);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    int[] parsed = parse(version);
    if (parsed != null && release.builds().contains(parsed[2])) {
      Optional<ServicingStackUpdate> newestVersioned =
          trusted.stream().filter(s -> s.servicingStackVersion() != null).max(BY_KB);
      if (newestVersioned.isPresent()
          && compare(parsed, parse(newestVersioned.get().servicingStackVersion())) < 0) {
        ServicingStackUpdate known = newestVersioned.get();
        return Optional.of(
            new ServicingStackAge(
                latest.get(),
                "version",
                String.format(
                    "the servicing stack is version %s, older than %s that %s (%s) brings; the"
                        + " latest known servicing stack update for %s is %s",
                    version.trim(),
                    known.servicingStackVersion(),
                    known.kb(),
                    known.releaseMonth(),
                    release.name(),
                    describe(latest.get()))));
      }
      return Optional.empty();
    }
    if (installed == null) {
      return Optional.empty();
    }
    Optional<ServicingStackUpdate> newestInstalled =
        ssus.stream().filter(s -> installed.has(s.kb())).max(BY_KB);
    if (newestInstalled.isPresent()
        && Kb.number(newestInstalled.get().kb()) >= Kb.number(latest.get().kb())) {
      return Optional.empty();
    }
    String have =
        newestInstalled
            .map(s -> "the newest servicing stack update installed is " + describe(s))
            .orElse("no servicing stack update known for " + release.name() + " is installed");
    return Optional.of(
        new ServicingStackAge(
            latest.get(),
            "updates",
            have + "; the latest known for " + release.name() + " is " + describe(latest.get())));
  }

  private static final Comparator<ServicingStackUpdate> BY_KB =
      Comparator.comparingLong(s -> Kb.number(s.kb()));

  private static String describe(ServicingStackUpdate s) {
    return s.releaseMonth() == null ? s.kb() : s.kb() + " (" + s.releaseMonth() + ")";
  }

  /** "10.0.14393.5351" as four numbers; null when it is not such a version. */
  static int[] parse(String version) {
    if (version == null || !version.trim().matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
      return null;
    }
    String[] parts = version.trim().split("\\.");
    int[] n = new int[4];
    for (int i = 0; i < 4; i++) {
      n[i] = Integer.parseInt(parts[i]);
    }
    return n;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 4; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
