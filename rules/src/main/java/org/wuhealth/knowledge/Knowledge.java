package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wuhealth.facts.Kb;

/**
 * The knowledge base: public facts about Windows releases and their updates, each row with its
 * source. Loaded once per process; rules reach it through the DRL global {@code knowledge}.
 */
public final class Knowledge {
  private static final class Holder {
    static final Knowledge INSTANCE = load();
  }

  private final OsCatalog os;
  private final Map<String, Rollup> rollups = new LinkedHashMap<>();
  private final Map<String, ServicingStackUpdate> ssus = new LinkedHashMap<>();
  private final List<Prerequisite> prerequisites;
  private final ErrorCodes errorCodes;

  private Knowledge(
      OsCatalog os,
      List<Rollup> rollups,
      List<ServicingStackUpdate> ssus,
      List<Prerequisite> prerequisites,
      ErrorCodes errorCodes) {
    this.os = os;
    this.errorCodes = errorCodes;
    rollups.forEach(r -> this.rollups.merge(r.kb(), r, Knowledge::sameKbTwice));
    ssus.forEach(s -> this.ssus.merge(s.kb(), s, (a, b) -> sameKbTwice(a, b)));
    this.prerequisites = List.copyOf(prerequisites);
  }

  /** The shipped knowledge base (loaded on first use). */
  public static Knowledge get() {
    return Holder.INSTANCE;
  }

  private static Knowledge load() {
    return new Knowledge(
        OsCatalog.load(),
        CsvTable.read("rollups.csv").stream().map(Rollup::fromRow).toList(),
        CsvTable.read("ssu.csv").stream().map(ServicingStackUpdate::fromRow).toList(),
        CsvTable.read("prerequisites.csv").stream().map(Prerequisite::fromRow).toList(),
        ErrorCodes.load());
  }

  private static <T> T sameKbTwice(T a, T b) {
    throw new IllegalStateException("knowledge table lists one KB twice: " + a + " and " + b);
  }

  public OsCatalog os() {
    return os;
  }

  /** The error-code tables and their decoder. */
  public ErrorCodes errorCodes() {
    return errorCodes;
  }

  public Optional<Rollup> rollup(String kb) {
    return Optional.ofNullable(rollups.get(kb));
  }

  public Optional<ServicingStackUpdate> servicingStackUpdate(String kb) {
    return Optional.ofNullable(ssus.get(kb));
  }

  /** Every standalone servicing stack update catalogued for {@code release}, trusted or not. */
  public List<ServicingStackUpdate> servicingStackUpdates(OsRelease release) {
    return ssus.values().stream().filter(s -> s.releaseIds().contains(release.id())).toList();
  }

  public List<Prerequisite> prerequisites() {
    return prerequisites;
  }

  /** The releases an update was built for, when the catalogue knows it; empty otherwise. */
  public List<String> targetReleases(String kb) {
    if (kb == null) {
      return List.of();
    }
    Rollup r = rollups.get(kb);
    if (r != null) {
      return r.releaseIds();
    }
    ServicingStackUpdate s = ssus.get(kb);
    return s != null ? s.releaseIds() : List.of();
  }

  /**
   * What a package was built for: by its file-name prefix (when given) and by the catalogue entry
   * of its KB (when known). Empty when neither says anything.
   */
  public List<PackageTarget> targetsOf(String kb, String msuPrefix) {
    List<PackageTarget> targets = new ArrayList<>();
    if (msuPrefix != null) {
      List<OsRelease> releases = os.releasesForPrefix(msuPrefix);
      targets.add(
          new PackageTarget(
              "the file name prefix "
                  + msuPrefix
                  + " marks a package for "
                  + names(releases)
                  + " (NT "
                  + MsuNameNtVersion.of(msuPrefix)
                  + ")",
              msuPrefix,
              List.of()));
    }
    List<String> catalogued = targetReleases(kb);
    if (!catalogued.isEmpty()) {
      String what = rollup(kb).map(r -> "the " + describe(r)).orElse("a servicing stack update");
      targets.add(
          new PackageTarget(
              "the catalogue lists "
                  + kb
                  + " as "
                  + what
                  + " for "
                  + names(catalogued.stream().map(id -> os.byId(id).orElseThrow()).toList()),
              null,
              catalogued));
    }
    return targets;
  }

  private static String names(List<OsRelease> releases) {
    return String.join(" / ", releases.stream().map(OsRelease::name).toList());
  }

  /** Release day of a catalogued update (SSUs: first day of their month); empty when unknown. */
  public Optional<LocalDate> releaseDate(String kb) {
    Rollup r = rollups.get(kb);
    if (r != null) {
      return Optional.of(r.releaseDate());
    }
    ServicingStackUpdate s = ssus.get(kb);
    return s != null && s.releaseMonth() != null
        ? Optional.of(s.releaseMonth().atDay(1))
        : Optional.empty();
  }

  /**
   * Installed updates, or the installed build, that replace {@code kb} on {@code release}:
   * cumulative updates and rollups are replaced by later ones of the same release, standalone
   * servicing stack updates by later SSUs; a CBS package marked Superseded says so directly. Empty
   * when none of these applies.
   */
  public List<Supersession> supersedersOf(
      String kb, OsRelease release, InstalledSet installed, int hostBuild, Integer hostUbr) {
    List<Supersession> found = new ArrayList<>();
    if (kb == null) {
      return found;
    }
    if (installed.markedSuperseded(kb)) {
      found.add(
          new Supersession(
              kb,
              "CBS",
              "the CBS package of " + kb + " is in state Superseded: a later update replaced it"));
    }
    if (release == null) {
      return found;
    }
    Rollup target = rollups.get(kb);
    if (target != null && target.releaseIds().contains(release.id())) {
      installed.kbs().stream()
          .map(rollups::get)
          .filter(r -> r != null && r.sameReleaseAs(target))
          .filter(r -> r.releaseDate().isAfter(target.releaseDate()))
          .sorted(Comparator.comparing(Rollup::releaseDate).thenComparing(Rollup::kb))
          .forEach(
              r ->
                  found.add(
                      new Supersession(
                          kb,
                          r.kb(),
                          String.format(
                              "%s (%s, %s) is installed and replaces %s (%s, %s)",
                              r.kb(),
                              describe(r),
                              r.releaseDate(),
                              kb,
                              describe(target),
                              target.releaseDate()))));
      if (target.build() != null
          && target.ubr() != null
          && hostUbr != null
          && target.build() == hostBuild
          && hostUbr > target.ubr()) {
        found.add(
            new Supersession(
                kb,
                "build " + hostBuild + "." + hostUbr,
                String.format(
                    "the host already runs build %d.%d, newer than %d.%d that %s brings",
                    hostBuild, hostUbr, target.build(), target.ubr(), kb)));
      }
    }
    ServicingStackUpdate ssu = ssus.get(kb);
    if (ssu != null && ssu.releaseIds().contains(release.id())) {
      installed.kbs().stream()
          .map(ssus::get)
          .filter(s -> s != null && s.trusted() && s.releaseIds().contains(release.id()))
          .filter(s -> Kb.number(s.kb()) > Kb.number(kb))
          .sorted(Comparator.comparing(s -> Kb.number(s.kb())))
          .forEach(
              s ->
                  found.add(
                      new Supersession(
                          kb,
                          s.kb(),
                          s.kb()
                              + " is a later servicing stack update for "
                              + release.name()
                              + " and replaces "
                              + kb)));
    }
    return found;
  }

  /** Prerequisites of {@code kb} on {@code release} that {@code installed} does not satisfy. */
  public List<MissingPrerequisite> missingPrerequisites(
      String kb, OsRelease release, InstalledSet installed) {
    List<MissingPrerequisite> missing = new ArrayList<>();
    if (kb == null || release == null) {
      return missing;
    }
    for (Prerequisite p : prerequisites) {
      if (!p.releaseIds().contains(release.id()) || kb.equals(p.prerequisiteKb())) {
        continue;
      }
      Boolean dated = applies(p, kb);
      if (dated == null || satisfied(p, release, installed)) {
        continue;
      }
      missing.add(
          new MissingPrerequisite(
              kb, p.prerequisiteKb(), p.id(), dated, reason(p, kb, release, dated), p.source()));
    }
    return missing;
  }

  /** Null when {@code p} does not apply; otherwise whether that is known (true) or presumed. */
  private Boolean applies(Prerequisite p, String kb) {
    if (p.targetKb() != null) {
      return p.targetKb().equals(kb) ? Boolean.TRUE : null;
    }
    Optional<LocalDate> released = releaseDate(kb);
    if (released.isPresent()) {
      return released.get().isAfter(p.releasedAfter()) ? Boolean.TRUE : null;
    }
    if (p.kbThreshold() != null && Kb.number(kb) > p.kbThreshold()) {
      return Boolean.FALSE;
    }
    return null;
  }

  private boolean satisfied(Prerequisite p, OsRelease release, InstalledSet installed) {
    if (installed.has(p.prerequisiteKb())) {
      return true;
    }
    for (String kb : installed.kbs()) {
      ServicingStackUpdate ssu = ssus.get(kb);
      if (p.satisfiedBySsuAfter() != null
          && ssu != null
          && ssu.trusted()
          && ssu.releaseIds().contains(release.id())
          && ssu.releaseMonth() != null
          && !ssu.releaseMonth().isBefore(p.satisfiedBySsuAfter())) {
        return true;
      }
      // An installed update that itself needed the prerequisite proves it was there.
      if (p.releasedAfter() != null
          && targetReleases(kb).contains(release.id())
          && releaseDate(kb).map(d -> d.isAfter(p.releasedAfter())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private String reason(Prerequisite p, String kb, OsRelease release, boolean dated) {
    String alternatives =
        p.satisfiedBySsuAfter() == null
            ? ""
            : " (or a later servicing stack update from " + p.satisfiedBySsuAfter() + " on)";
    if (p.targetKb() != null) {
      return String.format(
          "%s needs %s%s installed first on %s",
          kb, p.prerequisiteKb(), alternatives, release.name());
    }
    String when =
        dated
            ? "was released on " + releaseDate(kb).orElseThrow()
            : "has a KB number above "
                + "KB"
                + p.kbThreshold()
                + ", so it is presumed to be released later";
    return String.format(
        "%s %s; updates for %s released after %s need %s%s",
        kb, when, release.name(), p.releasedAfter(), p.prerequisiteKb(), alternatives);
  }

  private static String describe(Rollup r) {
    return switch (r.type()) {
      case "monthly-rollup", "monthly-rollup-esu" ->
          YearMonth.from(r.releaseDate()) + " monthly rollup";
      case "preview" -> "preview cumulative update";
      case "out-of-band" -> "out-of-band update";
      default -> YearMonth.from(r.releaseDate()) + " cumulative update";
    };
  }
}
