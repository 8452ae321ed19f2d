package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wuhealth.facts.Kb;

/**
 * Whether a host's servicing stack is older than the latest servicing stack update (SSU) the
 * knowledge base knows for its release on the evaluation day (the knowledge view's {@link
 * Knowledge#asOf()}). Only trusted {@code ssu.csv} rows define "latest" and the versions compared
 * against; an installed SSU listed in a less trusted row still counts as installed.
 *
 * <p>NT 5.x has no component-based servicing stack, so nothing is judged there. Where the release's
 * servicing stack ships inside the cumulative update (Windows 10 2004 and later from February 2021,
 * Windows Server 2019 / 1809 from September 2021, Server 2022, Windows 11 and Server 2025 from
 * their release), a host whose running build or installed cumulative update is from that time on
 * has a current stack. Only a host still on an older cumulative update is judged against the last
 * standalone SSU, which the combined updates need first.
 *
 * <p>The servicing stack version, when collected, is the stronger evidence: it can prove a stack
 * older than a known SSU. Without it, the installed SSU KBs are compared with the latest known one,
 * which needs a complete update list.
 *
 * @param latest the latest trusted SSU for the release, as of the evaluation day
 * @param basis "version" or "updates": what proves the stack outdated
 * @param reason the evidence sentences
 * @param caveat why an "updates" judgement is weaker than usual, or null
 */
public record ServicingStackAge(
    ServicingStackUpdate latest, String basis, List<String> reason, String caveat) {

  public ServicingStackAge {
    reason = List.copyOf(reason);
  }

  /**
   * How the stack stands: outdated (with the age problem), current, or not assessable (with the
   * reason, so that the check is reported as not run rather than passed).
   */
  public record Check(ServicingStackAge outdated, String notChecked) {
    static final Check CURRENT = new Check(null, null);

    static Check notChecked(String why) {
      return new Check(null, why);
    }
  }

  /**
   * @param kb the knowledge as of the evaluation day
   * @param version the collected servicing stack version ("6.3.9600.20470"), or null
   * @param installed the installed updates, or null when the update list is unusable (not collected
   *     or cut short)
   * @param hostBuild the host's build
   * @param hostUbr the host's update build revision, or null when not collected
   */
  public static Check assess(
      Knowledge kb,
      OsRelease release,
      String version,
      InstalledSet installed,
      int hostBuild,
      Integer hostUbr) {
    if (release == null) {
      return Check.notChecked(
          "the release of build "
              + hostBuild
              + " is not identified, so its servicing stack"
              + " updates are not known");
    }
    if (!release.componentServicing()) {
      return Check.CURRENT;
    }
    LocalDate day = kb.asOf() != null ? kb.asOf() : LocalDate.MAX;
    List<ServicingStackUpdate> ssus = kb.servicingStackUpdates(release);
    List<ServicingStackUpdate> trusted =
        ssus.stream().filter(ServicingStackUpdate::trusted).toList();
    String combinedNote = null;
    if (release.ssuInLcuOn(day)) {
      if (trusted.isEmpty()) {
        return Check.CURRENT;
      }
      Optional<Rollup> running = kb.rollupOfBuild(release, hostBuild, hostUbr);
      if (release.released() != null && !release.ssuInLcuFrom().isAfter(release.released())) {
        return Check.CURRENT;
      }
      if (running.isPresent() && !running.get().releaseDate().isBefore(release.ssuInLcuFrom())) {
        return Check.CURRENT;
      }
      Optional<Rollup> newest =
          installed == null ? Optional.empty() : kb.newestInstalledRollup(release, installed.kbs());
      if (newest.isPresent() && !newest.get().releaseDate().isBefore(release.ssuInLcuFrom())) {
        return Check.CURRENT;
      }
      combinedNote =
          String.format(
              "on %s the servicing stack ships inside the cumulative updates released from %s on,"
                  + " which need the last standalone servicing stack update first; %s",
              release.name(),
              release.ssuInLcuFrom(),
              running
                  .map(r -> "the running build comes from " + kb.describeUpdate(r.kb()))
                  .or(
                      () ->
                          newest.map(
                              r ->
                                  "the newest cumulative update installed is "
                                      + kb.describeUpdate(r.kb())))
                  .orElse("no cumulative update from that time on is known to be installed"));
    }
    Optional<ServicingStackUpdate> latest = trusted.stream().max(BY_KB);
    if (latest.isEmpty()) {
      return Check.notChecked(
          "the knowledge base lists no servicing stack update for "
              + release.name()
              + " released by "
              + day);
    }
    String latestLine =
        "as of "
            + day
            + " the latest servicing stack update known for "
            + release.name()
            + " is "
            + latest.get().describe();
    int[] parsed = parse(version);
    Optional<ServicingStackUpdate> newestVersioned =
        trusted.stream().filter(s -> s.servicingStackVersion() != null).max(BY_KB);
    if (parsed != null && release.builds().contains(parsed[2]) && newestVersioned.isPresent()) {
      // Only a version compared with a known SSU version decides; without one, the update list
      // does.
      ServicingStackUpdate known = newestVersioned.get();
      if (compare(parsed, parse(known.servicingStackVersion())) >= 0) {
        return Check.CURRENT;
      }
      return new Check(
          new ServicingStackAge(
              latest.get(),
              "version",
              lines(
                  String.format(
                      "the servicing stack is version %s, older than %s that %s brings",
                      version.trim(), known.servicingStackVersion(), known.describe()),
                  combinedNote,
                  latestLine),
              null),
          null);
    }
    if (installed == null) {
      return Check.notChecked(
          "no servicing stack version was collected and the installed-update list is missing or"
              + " cut short");
    }
    Optional<ServicingStackUpdate> newestInstalled =
        ssus.stream().filter(s -> installed.has(s.kb())).max(BY_KB);
    if (newestInstalled.isPresent()
        && Kb.number(newestInstalled.get().kb()) >= Kb.number(latest.get().kb())) {
      return Check.CURRENT;
    }
    String have =
        newestInstalled
            .map(s -> "the newest servicing stack update installed is " + s.describe())
            .orElse("no servicing stack update known for " + release.name() + " is installed");
    List<String> unknownLater =
        installed.kbs().stream()
            .filter(k -> Kb.number(k) > Kb.number(latest.get().kb()) && !kb.catalogues(k))
            .sorted()
            .toList();
    String caveat =
        unknownLater.isEmpty()
            ? null
            : "the host lists "
                + String.join(", ", unknownLater.subList(0, Math.min(3, unknownLater.size())))
                + (unknownLater.size() > 3 ? " and " + (unknownLater.size() - 3) + " more" : "")
                + ", numbered after "
                + latest.get().kb()
                + " but not in the knowledge base: one of them may be a newer servicing stack"
                + " update";
    return new Check(
        new ServicingStackAge(
            latest.get(), "updates", lines(have, combinedNote, latestLine, caveat), caveat),
        null);
  }

  private static List<String> lines(String... lines) {
    return java.util.Arrays.stream(lines).filter(l -> l != null).toList();
  }

  private static final Comparator<ServicingStackUpdate> BY_KB =
      Comparator.comparingLong(s -> Kb.number(s.kb()));

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
