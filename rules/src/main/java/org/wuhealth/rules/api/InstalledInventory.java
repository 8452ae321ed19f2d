package org.wuhealth.rules.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.wuhealth.facts.CbsPackage;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.PackageState;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.knowledge.InstalledSet;
import org.wuhealth.knowledge.KbNumbers;

/**
 * What is installed, merged from the update list and the CBS packages, as one fact (inserting
 * hundreds of update facts per host would slow every session down).
 *
 * <p>{@code known} is false when neither list was collected: then nothing can be said about what is
 * missing. {@code complete} is false when a collection issue says a list was cut short, such as a
 * truncated systeminfo hotfix list: absence is then weak evidence.
 */
public final class InstalledInventory implements InstalledSet {
  /** The easternmost offset in use (Line Islands, UTC+14). */
  private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(14);

  private final boolean known;
  private final boolean complete;
  private final boolean packagesKnown;
  // What first showed each KB installed: an InstalledUpdate or a CbsPackage. Evidence text is
  // built only when a rule asks, since a host lists hundreds of updates and rules cite few.
  private final Map<String, Object> installed;
  private final Map<String, PackageState> packageStates;
  private final Map<String, LocalDate> installedOn;
  // Dates of CBS packages (InstallTimeHigh/Low) are UTC days; the other lists give local days.
  private final Set<String> utcDated;
  // the installed KBs numbered while they are added, when their texts are in the cache
  private final KbNumbers installedNumbers;
  private volatile SortedKbs sortedKbs;
  private volatile SortedKbs sortedKbsIncludingPending;
  private volatile KbNumbers numbersIncludingPending;

  public InstalledInventory(
      boolean known,
      boolean complete,
      Iterable<InstalledUpdate> updates,
      Iterable<CbsPackage> packages) {
    this(known, complete, updates, packages, true);
  }

  /**
   * @param packagesKnown false when the CBS package list was not collected, so that an update
   *     staged for the next restart (InstallPending) cannot be seen
   */
  public InstalledInventory(
      boolean known,
      boolean complete,
      Iterable<InstalledUpdate> updates,
      Iterable<CbsPackage> packages,
      boolean packagesKnown) {
    this.known = known;
    this.complete = complete;
    this.packagesKnown = packagesKnown;
    // sized for a host's few hundred updates, so that building them never rehashes
    Map<String, Object> seen = new HashMap<>(512);
    Map<String, PackageState> states = new HashMap<>(128);
    Map<String, LocalDate> dates = new HashMap<>(512);
    Set<String> utc = new HashSet<>();
    KbNumbers.Builder numbers = new KbNumbers.Builder(512);
    for (InstalledUpdate u : updates) {
      String kb = u.kb();
      if (seen.putIfAbsent(kb, u) == null) {
        numbers.add(kb);
      }
      LocalDate on = u.installedOn();
      if (on != null) {
        // one look-up for a KB listed once, the usual case
        LocalDate before = dates.putIfAbsent(kb, on);
        if (before == null || on.isAfter(before)) {
          if (before != null) {
            dates.put(kb, on);
          }
          if (u.source() == UpdateSource.CBS) {
            utc.add(kb);
          } else if (!utc.isEmpty()) {
            utc.remove(kb);
          }
        }
      }
    }
    for (CbsPackage p : packages) {
      if (p.kb() == null || p.state() == null) {
        continue;
      }
      states.merge(p.kb(), p.state(), InstalledInventory::stronger);
      if (p.state() == PackageState.INSTALLED && seen.putIfAbsent(p.kb(), p) == null) {
        numbers.add(p.kb());
      }
    }
    this.installed = seen;
    this.installedNumbers = numbers.build();
    this.packageStates = states;
    this.installedOn = dates;
    this.utcDated = utc;
  }

  public boolean isKnown() {
    return known;
  }

  public boolean isComplete() {
    return complete;
  }

  /** False when the CBS packages were not collected (staged updates are then invisible). */
  public boolean packagesKnown() {
    return packagesKnown;
  }

  @Override
  public boolean has(String kb) {
    return installed.containsKey(kb);
  }

  /** The installed KBs in KB order, so that whatever iterates them gives stable evidence. */
  @Override
  public Set<String> kbs() {
    return sortedKbs();
  }

  private SortedKbs sortedKbs() {
    SortedKbs kbs = sortedKbs;
    if (kbs == null) {
      kbs = new SortedKbs(Collections.unmodifiableSet(installed.keySet()));
      sortedKbs = kbs;
    }
    return kbs;
  }

  @Override
  public boolean markedSuperseded(String kb) {
    return packageStates.get(kb) == PackageState.SUPERSEDED;
  }

  /** One line saying where the installation of {@code kb} was seen; null when it was not. */
  public String evidenceFor(String kb) {
    Object source = installed.get(kb);
    if (source instanceof InstalledUpdate u) {
      return describe(u);
    }
    if (source instanceof CbsPackage p) {
      return "CBS package " + p.identity() + " is " + p.state().wire();
    }
    return null;
  }

  /** The CBS state of {@code kb}'s package, or null when no package names it. */
  public PackageState packageState(String kb) {
    return packageStates.get(kb);
  }

  /** The latest install date the update list gives for {@code kb}, or null. */
  public LocalDate installedOn(String kb) {
    return installedOn.get(kb);
  }

  /**
   * Installed KBs plus those whose CBS package waits for a restart to finish installing, in KB
   * order. Built once: several rules and the knowledge state ask for it on every host.
   */
  public Set<String> kbsIncludingPending() {
    return withPending();
  }

  /** {@link #kbsIncludingPending} as numbers, in no particular order. */
  public KbNumbers kbNumbersIncludingPending() {
    withPending();
    return numbersIncludingPending;
  }

  private SortedKbs withPending() {
    SortedKbs kbs = sortedKbsIncludingPending;
    if (kbs == null) {
      Set<String> pending = new HashSet<>();
      packageStates.forEach(
          (kb, state) -> {
            if (state == PackageState.INSTALL_PENDING && !installed.containsKey(kb)) {
              pending.add(kb);
            }
          });
      if (pending.isEmpty()) {
        kbs = sortedKbs();
        numbersIncludingPending = installedNumbers;
      } else {
        numbersIncludingPending = installedNumbers.plus(pending);
        pending.addAll(installed.keySet());
        kbs = new SortedKbs(pending);
      }
      sortedKbsIncludingPending = kbs;
    }
    return kbs;
  }

  /**
   * True when {@code kb} cannot be in effect yet because the host has not restarted since: its CBS
   * package is InstallPending, or it was installed on a day after the last boot. The boot time is
   * an instant, but update lists give the host's local day and the snapshot does not record its
   * time zone: a local day counts as after the boot only when it is after the boot's day in every
   * zone (up to UTC+14), so that a host east of UTC is not told an update of its boot day waits.
   */
  public boolean awaitsRestart(String kb, Instant lastBoot) {
    if (packageStates.get(kb) == PackageState.INSTALL_PENDING) {
      return true;
    }
    LocalDate on = installedOn.get(kb);
    if (on == null || lastBoot == null) {
      return false;
    }
    ZoneOffset latest = utcDated.contains(kb) ? ZoneOffset.UTC : EASTERNMOST;
    return on.isAfter(LocalDate.ofInstant(lastBoot, latest));
  }

  public int size() {
    return installed.size();
  }

  private static String describe(InstalledUpdate u) {
    StringBuilder s = new StringBuilder(u.kb()).append(" is installed (");
    s.append(u.source() != null ? u.source().wire() : "update list");
    if (u.installedOn() != null) {
      s.append(", installed on ").append(u.installedOn());
    }
    return s.append(')').toString();
  }

  /** Installed beats every other state when one KB has several packages. */
  private static PackageState stronger(PackageState a, PackageState b) {
    return a == PackageState.INSTALLED ? a : b;
  }

  @Override
  public String toString() {
    return "InstalledInventory[known="
        + known
        + ", complete="
        + complete
        + ", kbs="
        + installed.size()
        + "]";
  }
}
