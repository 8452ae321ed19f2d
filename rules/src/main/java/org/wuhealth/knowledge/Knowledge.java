package org.wuhealth.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.wuhealth.facts.Kb;

/**
 * The knowledge base: public facts about Windows releases and their updates, each row with its
 * source. Loaded once per process; rules reach it through the DRL global {@code knowledge}.
 */
public final class Knowledge {
  /**
   * The tables, loaded once per process and shared by every dated view. The update tables (rollups,
   * servicing stack updates, supersedence) are the bundled ones with, when {@code kb update} wrote
   * one, an overlay's rows on top; the other tables are always the bundled ones.
   */
  private static final class Tables {
    final KnowledgeOverlay overlay;
    final Lazy<OsCatalog> os;
    final Lazy<Map<String, List<Lifecycle>>> lifecycles;
    final Lazy<List<Prerequisite>> prerequisites;
    final Lazy<ErrorCodes> errorCodes;
    final Lazy<List<WsusRequirement>> wsusRequirements;
    final Lazy<Map<String, Rollup>> rollups =
        new Lazy<>(
            () ->
                byKb(updateRows("rollups.csv").stream().map(Rollup::fromRow).toList(), Rollup::kb));
    final Lazy<Map<String, ServicingStackUpdate>> ssus =
        new Lazy<>(
            () ->
                byKb(
                    updateRows("ssu.csv").stream().map(ServicingStackUpdate::fromRow).toList(),
                    ServicingStackUpdate::kb));
    final Map<String, List<ServicingStackUpdate>> ssusByRelease =
        new java.util.concurrent.ConcurrentHashMap<>();
    final Lazy<Map<String, List<ExplicitSupersedence>>> replacedBy =
        new Lazy<>(this::loadSupersedence);
    // The monthly rollup of the same month contains a security-only update's fixes.
    final Lazy<Map<String, List<Rollup>>> rollupsBySecurityOnly =
        new Lazy<>(this::indexSecurityOnly);
    // rollupOfBuild is asked several times per analysed host: each build's rollups by UBR, then
    // release date, and in the table's order where both tie (a stable sort), so that the newest is
    // found from the end and ties resolve as over the whole table
    final Lazy<Map<Integer, List<Rollup>>> rollupsByBuild =
        new Lazy<>(
            () -> {
              Map<Integer, List<Rollup>> map = new HashMap<>();
              rollups.get().values().stream()
                  .filter(r -> r.build() != null && r.ubr() != null)
                  .forEach(r -> map.computeIfAbsent(r.build(), k -> new ArrayList<>()).add(r));
              map.values().forEach(list -> list.sort(BY_UBR_THEN_DATE));
              return map;
            });
    final Lazy<KnowledgeEdition> edition;
    // Asked once per analysed host: computed once per release and build, and once per process.
    final Map<String, Optional<Rollup>> newestWithUbr =
        new java.util.concurrent.ConcurrentHashMap<>();
    final Lazy<Long> highestKb =
        new Lazy<>(
            () ->
                Stream.concat(rollups.get().keySet().stream(), ssus.get().keySet().stream())
                    .mapToLong(Kb::number)
                    .max()
                    .orElse(Long.MAX_VALUE));

    /** The bundled tables. */
    Tables() {
      overlay = null;
      os = new Lazy<>(OsCatalog::load);
      lifecycles =
          new Lazy<>(
              () -> {
                Map<String, List<Lifecycle>> map = new LinkedHashMap<>();
                CsvTable.read("lifecycle.csv").stream()
                    .map(Lifecycle::fromRow)
                    .forEach(
                        l -> map.computeIfAbsent(l.releaseId(), k -> new ArrayList<>()).add(l));
                return map;
              });
      prerequisites =
          new Lazy<>(
              () ->
                  CsvTable.read("prerequisites.csv").stream().map(Prerequisite::fromRow).toList());
      errorCodes = new Lazy<>(ErrorCodes::load);
      wsusRequirements =
          new Lazy<>(
              () ->
                  CsvTable.read("wsus-requirements.csv").stream()
                      .map(WsusRequirement::fromRow)
                      .toList());
      edition = new Lazy<>(KnowledgeEdition::bundledEdition);
    }

    /** The bundled tables with an overlay's update rows on top; the rest is shared with them. */
    Tables(Tables bundled, KnowledgeOverlay overlay) {
      this.overlay = overlay;
      os = bundled.os;
      lifecycles = bundled.lifecycles;
      prerequisites = bundled.prerequisites;
      errorCodes = bundled.errorCodes;
      wsusRequirements = bundled.wsusRequirements;
      edition = new Lazy<>(() -> overlay.editionOver(bundled.edition.get()));
    }

    /** The rows of an update table: the bundled ones, then the overlay's for keys they lack. */
    private List<Map<String, String>> updateRows(String table) {
      List<Map<String, String>> rows = CsvTable.read(table);
      if (overlay == null) {
        return rows;
      }
      Set<String> keys = new HashSet<>();
      rows.forEach(r -> keys.add(KnowledgeOverlay.key(table, r)));
      List<Map<String, String>> all = new ArrayList<>(rows);
      for (Map<String, String> r : overlay.rows(table)) {
        if (keys.add(KnowledgeOverlay.key(table, r))) {
          all.add(r);
        }
      }
      return all;
    }

    private Map<String, List<ExplicitSupersedence>> loadSupersedence() {
      Map<String, List<ExplicitSupersedence>> map = new HashMap<>();
      updateRows("supersedence.csv").stream()
          .map(ExplicitSupersedence::fromRow)
          .forEach(e -> map.computeIfAbsent(e.kb(), k -> new ArrayList<>()).add(e));
      return map;
    }

    private Map<String, List<Rollup>> indexSecurityOnly() {
      Map<String, List<Rollup>> map = new HashMap<>();
      rollups.get().values().stream()
          .filter(r -> r.securityOnlyKb() != null)
          .forEach(r -> map.computeIfAbsent(r.securityOnlyKb(), k -> new ArrayList<>()).add(r));
      return map;
    }
  }

  private static final class Holder {
    static final Knowledge INSTANCE = new Knowledge(new Tables(), null);
  }

  private final Tables t;
  private final LocalDate asOf;

  private Knowledge(Tables tables, LocalDate asOf) {
    this.t = tables;
    this.asOf = asOf;
  }

  /**
   * The bundled knowledge with an overlay that {@code wuhealth kb update} wrote: the overlay's rows
   * add the updates the bundled tables lack; for an update both list, the bundled row (reviewed at
   * build time) stands.
   */
  public static Knowledge withOverlay(KnowledgeOverlay overlay) {
    return new Knowledge(new Tables(get().t, overlay), null);
  }

  /** Whether an update table lists the row with {@link KnowledgeOverlay#key} {@code key}. */
  public boolean lists(String table, String key) {
    return switch (table) {
      case "rollups.csv" -> t.rollups.get().containsKey(key);
      case "ssu.csv" -> t.ssus.get().containsKey(key);
      case "supersedence.csv" ->
          t.replacedBy.get().getOrDefault(key.substring(0, key.indexOf('>')), List.of()).stream()
              .anyMatch(e -> (e.kb() + ">" + e.supersededBy()).equals(key));
      default -> throw new IllegalArgumentException("not an update table: " + table);
    };
  }

  /** How current the update knowledge is (the whole tables, whatever day this view stands on). */
  public KnowledgeEdition edition() {
    return t.edition.get();
  }

  /** The shipped knowledge base (no overlay), everything in it; each table is read on first use. */
  public static Knowledge get() {
    return Holder.INSTANCE;
  }

  /**
   * The same knowledge as it stood on {@code day}: updates released later are unknown to every
   * lookup ("latest", "newer", "superseded", "released after"), and releases that came out later
   * are not named. Rules see this view for the evaluation day, so that a snapshot from 2019 is
   * never judged with what Microsoft published in 2021. Views share the loaded tables.
   */
  public Knowledge asOf(LocalDate day) {
    return day == null ? Holder.INSTANCE : new Knowledge(t, day);
  }

  /** The day this view stands on, or null for the whole knowledge base. */
  public LocalDate asOf() {
    return asOf;
  }

  private boolean known(Rollup r) {
    return asOf == null || !r.releaseDate().isAfter(asOf);
  }

  private boolean known(ServicingStackUpdate s) {
    if (asOf == null) {
      return true;
    }
    LocalDate from = s.knownFrom();
    return from != null && !from.isAfter(asOf);
  }

  private Rollup knownRollup(String kb) {
    Rollup r = kb == null ? null : t.rollups.get().get(kb);
    return r != null && known(r) ? r : null;
  }

  private ServicingStackUpdate knownSsu(String kb) {
    ServicingStackUpdate s = kb == null ? null : t.ssus.get().get(kb);
    return s != null && known(s) ? s : null;
  }

  private static <T> Map<String, T> byKb(List<T> rows, java.util.function.Function<T, String> kb) {
    Map<String, T> map = new LinkedHashMap<>();
    rows.forEach(r -> map.merge(kb.apply(r), r, Knowledge::sameKbTwice));
    return java.util.Collections.unmodifiableMap(map);
  }

  private static <T> T sameKbTwice(T a, T b) {
    throw new IllegalStateException("knowledge table lists one KB twice: " + a + " and " + b);
  }

  public OsCatalog os() {
    return t.os.get();
  }

  /** The error-code tables and their decoder. */
  public ErrorCodes errorCodes() {
    return t.errorCodes.get();
  }

  public Optional<Rollup> rollup(String kb) {
    return Optional.ofNullable(knownRollup(kb));
  }

  public Optional<ServicingStackUpdate> servicingStackUpdate(String kb) {
    return Optional.ofNullable(knownSsu(kb));
  }

  /** Every standalone servicing stack update catalogued for {@code release}, trusted or not. */
  public List<ServicingStackUpdate> servicingStackUpdates(OsRelease release) {
    return t
        .ssusByRelease
        .computeIfAbsent(
            release.id(),
            id -> t.ssus.get().values().stream().filter(s -> s.releaseIds().contains(id)).toList())
        .stream()
        .filter(this::known)
        .toList();
  }

  public List<Prerequisite> prerequisites() {
    return t.prerequisites.get();
  }

  /**
   * The lifecycle rows that may govern a host of {@code release} with editions of {@code family}:
   * one row when the family is known (or the release has a single lifecycle), every row of the
   * release when the edition is unknown, none when the release has no row for the family (an LTSC
   * edition of a release that had none) or no lifecycle is catalogued.
   */
  public List<Lifecycle> lifecycles(OsRelease release, EditionFamily family) {
    List<Lifecycle> rows = t.lifecycles.get().getOrDefault(release.id(), List.of());
    EditionFamily wanted =
        family == EditionFamily.IOT_LTSC && rows.stream().noneMatch(l -> l.covers(family))
            ? EditionFamily.LTSC
            : family;
    return rows.stream().filter(l -> l.covers(wanted)).toList();
  }

  /**
   * True when any table lists {@code kb} as a rollup, cumulative update or servicing stack update,
   * whatever its date: an installed update can then be told apart from an unknown one.
   */
  public boolean catalogues(String kb) {
    return t.rollups.get().containsKey(kb) || t.ssus.get().containsKey(kb);
  }

  /** The releases an update was built for, when the catalogue knows it; empty otherwise. */
  public List<String> targetReleases(String kb) {
    Rollup r = knownRollup(kb);
    if (r != null) {
      return r.releaseIds();
    }
    ServicingStackUpdate s = knownSsu(kb);
    return s != null ? s.releaseIds() : List.of();
  }

  /**
   * What a package was built for: by its file-name prefix (when given) and by the catalogue entry
   * of its KB (when known). Empty when neither says anything. Releases that came out after this
   * view's day are not named.
   */
  public List<PackageTarget> targetsOf(String kb, String msuPrefix) {
    List<PackageTarget> targets = new ArrayList<>();
    if (msuPrefix != null) {
      List<OsRelease> releases =
          os().releasesForPrefix(msuPrefix).stream().filter(r -> r.releasedBy(asOf)).toList();
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
                  + names(catalogued.stream().map(id -> os().byId(id).orElseThrow()).toList()),
              null,
              catalogued));
    }
    return targets;
  }

  private static String names(List<OsRelease> releases) {
    return String.join(" / ", releases.stream().map(OsRelease::name).toList());
  }

  /** Release day of a catalogued update (SSUs: the day they count as known); empty when unknown. */
  public Optional<LocalDate> releaseDate(String kb) {
    Rollup r = knownRollup(kb);
    if (r != null) {
      return Optional.of(r.releaseDate());
    }
    ServicingStackUpdate s = knownSsu(kb);
    return s != null ? Optional.ofNullable(s.knownFrom()) : Optional.empty();
  }

  /**
   * The cumulative update or rollup a host's running build comes from: the newest catalogued one of
   * {@code release} with the host's build and a UBR at or below the host's. Empty without a UBR.
   */
  public Optional<Rollup> rollupOfBuild(OsRelease release, int build, Integer ubr) {
    if (release == null || ubr == null) {
      return Optional.empty();
    }
    List<Rollup> ofBuild = t.rollupsByBuild.get().getOrDefault(build, List.of());
    Rollup newest = null;
    // from the newest down; of rollups that tie on both, the first in the table
    for (int i = ofBuild.size() - 1; i >= 0; i--) {
      Rollup r = ofBuild.get(i);
      if (r.ubr() > ubr || !known(r) || !r.releaseIds().contains(release.id())) {
        continue;
      }
      if (newest != null && BY_UBR_THEN_DATE.compare(r, newest) < 0) {
        break;
      }
      newest = r;
    }
    return Optional.ofNullable(newest);
  }

  private static final Comparator<Rollup> BY_UBR_THEN_DATE =
      Comparator.comparing(Rollup::ubr).thenComparing(Rollup::releaseDate);

  /** The newest installed rollup or cumulative update of {@code release}, if any is catalogued. */
  public Optional<Rollup> newestInstalledRollup(OsRelease release, Collection<String> kbs) {
    if (release == null) {
      return Optional.empty();
    }
    return kbs.stream()
        .map(this::knownRollup)
        .filter(r -> r != null && r.releaseIds().contains(release.id()))
        .max(Comparator.comparing(Rollup::releaseDate).thenComparing(Rollup::kb));
  }

  /**
   * Installed updates, or the installed build, that replace {@code kb} on {@code release}:
   * cumulative updates and rollups are replaced by later ones of the same release, a security-only
   * update by the monthly rollup of its month or a later one, standalone servicing stack updates by
   * later SSUs, and any update by the pairs in supersedence.csv (followed through chains); a CBS
   * package marked Superseded says so directly. Empty when none of these applies. At most one
   * reason per superseding update.
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
    explicitSuperseders(kb, release, installed, found);
    Rollup target = knownRollup(kb);
    if (target != null && target.releaseIds().contains(release.id())) {
      String replaces =
          String.format("replaces %s (%s, %s)", kb, describe(target), target.releaseDate());
      laterRollups(target, release, installed, false)
          .forEach(r -> found.add(installedRollup(kb, r, replaces)));
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
    for (Rollup monthly : t.rollupsBySecurityOnly.get().getOrDefault(kb, List.of())) {
      if (known(monthly) && monthly.releaseIds().contains(release.id())) {
        String contains =
            String.format(
                "contains the security-only update %s of %s (in the monthly rollup %s); Windows"
                    + " then treats %s as not applicable",
                kb, YearMonth.from(monthly.releaseDate()), monthly.kb(), kb);
        laterRollups(monthly, release, installed, true)
            .forEach(r -> found.add(installedRollup(kb, r, contains)));
      }
    }
    ServicingStackUpdate ssu = knownSsu(kb);
    if (ssu != null && ssu.releaseIds().contains(release.id())) {
      installed.kbs().stream()
          .map(this::knownSsu)
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
    Set<String> seen = new HashSet<>();
    return found.stream().filter(f -> seen.add(f.by())).toList();
  }

  /** "{rollup} ({what it is}, {date}) is installed and {how it replaces kb}". */
  private static Supersession installedRollup(String kb, Rollup rollup, String how) {
    return new Supersession(
        kb,
        rollup.kb(),
        String.format(
            "%s (%s, %s) is installed and %s",
            rollup.kb(), describe(rollup), rollup.releaseDate(), how));
  }

  /**
   * Installed rollups of {@code release} released after (or, if asked, on) {@code target}'s day.
   */
  private List<Rollup> laterRollups(
      Rollup target, OsRelease release, InstalledSet installed, boolean sameDayToo) {
    return installed.kbs().stream()
        .map(this::knownRollup)
        .filter(r -> r != null && r.releaseIds().contains(release.id()))
        .filter(
            r ->
                r.releaseDate().isAfter(target.releaseDate())
                    || (sameDayToo && r.releaseDate().equals(target.releaseDate())))
        .sorted(Comparator.comparing(Rollup::releaseDate).thenComparing(Rollup::kb))
        .toList();
  }

  /** Follows supersedence.csv from {@code kb}; every installed update on the way replaces it. */
  private void explicitSuperseders(
      String kb, OsRelease release, InstalledSet installed, List<Supersession> found) {
    Deque<List<ExplicitSupersedence>> paths = new ArrayDeque<>();
    Set<String> visited = new HashSet<>(Set.of(kb));
    paths.add(List.of());
    while (!paths.isEmpty()) {
      List<ExplicitSupersedence> path = paths.poll();
      String from = path.isEmpty() ? kb : path.get(path.size() - 1).supersededBy();
      for (ExplicitSupersedence e : t.replacedBy.get().getOrDefault(from, List.of())) {
        if (!e.releaseIds().contains(release.id()) || !visited.add(e.supersededBy())) {
          continue;
        }
        List<ExplicitSupersedence> longer = new ArrayList<>(path);
        longer.add(e);
        if (installed.has(e.supersededBy())) {
          found.add(new Supersession(kb, e.supersededBy(), chain(longer)));
        }
        paths.add(longer);
      }
    }
  }

  private static String chain(List<ExplicitSupersedence> path) {
    StringBuilder s = new StringBuilder(path.get(0).kb());
    for (int i = 0; i < path.size(); i++) {
      s.append(i == 0 ? " is replaced by " : ", which is replaced by ")
          .append(path.get(i).supersededBy());
    }
    return s.append(", which is installed (supersedence table)").toString();
  }

  /**
   * Prerequisites of {@code kb} on {@code release} that the host does not satisfy. A prerequisite
   * that is a rollup is met by it, by any later rollup of the release ("or later"), or by a running
   * build at or above the one it brings.
   *
   * @param hostUbr the host's update build revision, or null when not collected
   */
  public List<MissingPrerequisite> missingPrerequisites(
      String kb, OsRelease release, InstalledSet installed, int hostBuild, Integer hostUbr) {
    List<MissingPrerequisite> missing = new ArrayList<>();
    if (kb == null || release == null) {
      return missing;
    }
    for (Prerequisite p : t.prerequisites.get()) {
      if (!p.releaseIds().contains(release.id()) || kb.equals(p.prerequisiteKb())) {
        continue;
      }
      Boolean dated = applies(p, kb);
      if (dated == null || satisfied(p, release, installed, hostBuild, hostUbr)) {
        continue;
      }
      missing.add(
          new MissingPrerequisite(
              kb,
              p.prerequisiteKb(),
              p.id(),
              dated,
              p.required(),
              reason(p, kb, release, dated),
              p.source()));
    }
    return missing;
  }

  /** Null when {@code p} does not apply; otherwise whether that is known (true) or presumed. */
  private Boolean applies(Prerequisite p, String kb) {
    ServicingStackUpdate ssu = knownSsu(kb);
    if (p.satisfiedBySsuAfter() != null
        && ssu != null
        && ssu.releaseIds().stream().anyMatch(p.releaseIds()::contains)
        && (ssu.releaseMonth() != null
            ? !ssu.releaseMonth().isBefore(p.satisfiedBySsuAfter())
            : Kb.number(kb) > Kb.number(p.prerequisiteKb()))) {
      // A servicing stack update new enough to satisfy the requirement does not need it.
      return null;
    }
    if (p.targetKb() != null) {
      return p.targetKb().equals(kb) ? Boolean.TRUE : null;
    }
    Optional<LocalDate> released = releaseDate(kb);
    if (p.appliesToAny()) {
      // An update cannot need a prerequisite that came out after it.
      Optional<LocalDate> prerequisiteReleased = releaseDate(p.prerequisiteKb());
      if (released.isPresent() && prerequisiteReleased.isPresent()) {
        return released.get().isBefore(prerequisiteReleased.get()) ? null : Boolean.TRUE;
      }
      return Kb.number(kb) > Kb.number(p.prerequisiteKb()) ? Boolean.FALSE : null;
    }
    if (released.isPresent()) {
      return released.get().isAfter(p.releasedAfter()) ? Boolean.TRUE : null;
    }
    if (p.kbThreshold() != null && Kb.number(kb) > p.kbThreshold()) {
      return Boolean.FALSE;
    }
    return null;
  }

  private boolean satisfied(
      Prerequisite p, OsRelease release, InstalledSet installed, int hostBuild, Integer hostUbr) {
    if (installed.has(p.prerequisiteKb())) {
      return true;
    }
    Rollup cumulative = knownRollup(p.prerequisiteKb());
    if (cumulative != null
        && cumulative.releaseIds().contains(release.id())
        && (!laterRollups(cumulative, release, installed, false).isEmpty()
            || (cumulative.build() != null
                && cumulative.ubr() != null
                && hostUbr != null
                && cumulative.build() == hostBuild
                && hostUbr >= cumulative.ubr()))) {
      return true;
    }
    for (String kb : installed.kbs()) {
      ServicingStackUpdate ssu = knownSsu(kb);
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
        p.satisfiedBySsuAfter() != null
            ? " (or a later servicing stack update from " + p.satisfiedBySsuAfter() + " on)"
            : rollup(p.prerequisiteKb())
                .map(r -> " (the " + describe(r) + ", or any later one)")
                .orElse("");
    if (!p.required()) {
      return String.format(
          "Microsoft's troubleshooting guide says a %s host \"might\" have to install the"
              + " servicing update %s%s before updates such as %s apply; it gives no date from"
              + " which this is certain",
          release.name(), p.prerequisiteKb(), alternatives, kb);
    }
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

  /** The WSUS version requirement for {@code wsusVersion} (WSUS 3.0 SP2), as a 0/1 list. */
  public List<WsusRequirement> wsusVersionRequirement(String wsusVersion) {
    return t.wsusRequirements.get().stream()
        .filter(
            w ->
                w.wsusVersionPrefix() != null
                    && wsusVersion != null
                    && wsusVersion.trim().startsWith(w.wsusVersionPrefix() + "."))
        .toList();
  }

  /** Every WSUS version requirement (the WSUS 3.0 SP2 update), whatever the version. */
  public List<WsusRequirement> wsusVersionRequirements() {
    return t.wsusRequirements.get().stream().filter(w -> w.wsusVersionPrefix() != null).toList();
  }

  /**
   * How a WSUS server on {@code release} stands against the rollup Microsoft requires there, as a
   * 0/1 list (empty when the release has no such requirement or is not identified).
   *
   * @param kbs installed updates, including those waiting for a restart
   */
  public List<WsusRollupStatus> wsusRollupStatus(
      OsRelease release, Collection<String> kbs, int hostBuild, Integer hostUbr) {
    if (release == null) {
      return List.of();
    }
    Optional<Rollup> running = rollupOfBuild(release, hostBuild, hostUbr);
    return t.wsusRequirements.get().stream()
        .filter(w -> w.releaseIds().contains(release.id()))
        .map(
            w -> {
              List<String> possibly =
                  new ArrayList<>(
                      kbs.stream()
                          .filter(kb -> inPossibleWindow(kb, release, w))
                          .sorted(Comparator.comparing(kb -> releaseDate(kb).orElse(LocalDate.MIN)))
                          .toList());
              running
                  .filter(r -> inPossibleWindow(r.kb(), release, w) && !possibly.contains(r.kb()))
                  .ifPresent(
                      r ->
                          possibly.add(
                              "the running build "
                                  + hostBuild
                                  + "."
                                  + hostUbr
                                  + " ("
                                  + r.kb()
                                  + ")"));
              return new WsusRollupStatus(
                  w,
                  kbs.stream()
                      .filter(kb -> kb.equals(w.requiredKb()) || laterThan(kb, release, w))
                      .sorted(Comparator.comparing(kb -> releaseDate(kb).orElse(LocalDate.MIN)))
                      .toList(),
                  possibly,
                  w.satisfiedByBuild(hostUbr),
                  newestInstalledRollup(release, kbs).orElse(null));
            })
        .toList();
  }

  private boolean laterThan(String kb, OsRelease release, WsusRequirement w) {
    Rollup r = knownRollup(kb);
    return r != null
        && w.rollupFrom() != null
        && r.releaseIds().contains(release.id())
        && !r.releaseDate().isBefore(w.rollupFrom());
  }

  private boolean inPossibleWindow(String kb, OsRelease release, WsusRequirement w) {
    Rollup r = knownRollup(kb);
    return r != null
        && w.rollupPossibleFrom() != null
        && r.releaseIds().contains(release.id())
        && !r.type().equals("security-only")
        && !r.releaseDate().isBefore(w.rollupPossibleFrom())
        && (w.rollupFrom() == null || r.releaseDate().isBefore(w.rollupFrom()));
  }

  /**
   * Why the host is newer than this knowledge, one reason per line; empty when it is not (or when
   * nothing tells). A host is newer when it runs a later build of its release than any update the
   * tables list, or has an update installed whose KB number is above every one they list (KB
   * numbers are given out in time order). Findings that rely on "the latest update" or on which
   * update replaces which cannot then be sure.
   *
   * @param installed the installed KBs: they are walked only when the highest is above every KB the
   *     tables list
   */
  public List<String> newerOnHost(OsRelease release, int build, Integer ubr, KbNumbers installed) {
    List<String> reasons = new ArrayList<>();
    if (release != null && ubr != null) {
      t.newestWithUbr
          .computeIfAbsent(release.id() + "/" + build, k -> newestWithUbr(release, build))
          .filter(newest -> ubr > newest.ubr())
          .ifPresent(
              newest ->
                  reasons.add(
                      String.format(
                          "the host runs build %d.%d, later than %d.%d of %s (%s), the newest"
                              + " %s build it lists",
                          build,
                          ubr,
                          build,
                          newest.ubr(),
                          newest.kb(),
                          newest.releaseDate(),
                          release.name())));
    }
    long newestKb = t.highestKb.get();
    if (installed.highest() > newestKb) {
      reasons.add(aboveEveryListedKb(installed, newestKb));
    }
    return reasons;
  }

  /**
   * One pass that keeps the three lowest KBs above {@code newestKb} and counts the rest: a host
   * whose knowledge is old can have most of its few hundred KBs above. {@code installed} may come
   * in any order: the three named are the lowest by number, then by text.
   */
  private static String aboveEveryListedKb(KbNumbers installed, long newestKb) {
    // the three lowest so far, in order; a KB is kept only when it goes before the third
    long[] numbers = new long[3];
    String[] kbs = new String[3];
    int kept = 0;
    int above = 0;
    for (int k = 0; k < installed.size(); k++) {
      long number = installed.number(k);
      if (number <= newestKb) {
        continue;
      }
      String kb = installed.kb(k);
      above++;
      int at = kept;
      while (at > 0
          && (numbers[at - 1] > number
              || (numbers[at - 1] == number && kbs[at - 1].compareTo(kb) > 0))) {
        at--;
      }
      if (at < 3) {
        for (int i = Math.min(kept, 2); i > at; i--) {
          numbers[i] = numbers[i - 1];
          kbs[i] = kbs[i - 1];
        }
        numbers[at] = number;
        kbs[at] = kb;
        kept = Math.min(kept + 1, 3);
      }
    }
    String named = String.join(", ", Arrays.asList(kbs).subList(0, kept));
    return (above <= 3 ? named : named + " and " + (above - 3) + " more")
        + (above == 1 ? " is" : " are")
        + " installed, numbered above every update it lists (the highest is KB"
        + newestKb
        + ")";
  }

  private Optional<Rollup> newestWithUbr(OsRelease release, int build) {
    return t.rollups.get().values().stream()
        .filter(r -> r.releaseIds().contains(release.id()))
        .filter(r -> r.build() != null && r.build() == build && r.ubr() != null)
        .max(Comparator.comparing(Rollup::ubr).thenComparing(Rollup::releaseDate));
  }

  /** "KB4041693 (2017-10 monthly rollup, 2017-10-10)", or the KB alone when not catalogued. */
  public String describeUpdate(String kb) {
    return rollup(kb).map(r -> kb + " (" + describe(r) + ", " + r.releaseDate() + ")").orElse(kb);
  }

  static String describe(Rollup r) {
    return switch (r.type()) {
      case "monthly-rollup", "monthly-rollup-esu" ->
          YearMonth.from(r.releaseDate()) + " monthly rollup";
      case "preview" -> "preview cumulative update";
      case "out-of-band" -> "out-of-band update";
      default -> YearMonth.from(r.releaseDate()) + " cumulative update";
    };
  }
}
