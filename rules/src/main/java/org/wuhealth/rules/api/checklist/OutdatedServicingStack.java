package org.wuhealth.rules.api.checklist;

import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.ServicingStackAge;
import org.wuhealth.rules.api.HostOs;
import org.wuhealth.rules.api.InstalledInventory;
import org.wuhealth.rules.api.ObservedCode;

/**
 * The servicing stack needs an update: it is older than the latest known servicing stack update for
 * the release on the evaluation day ({@link ServicingStackAge}), or an update already failed
 * because it needs a newer stack (0x80242017, 0x800F0823). When neither can be told, the check is
 * reported as not run ({@link #notChecked}).
 *
 * @param age the age problem, or null when only the error codes show it
 * @param codes observed codes that say a newer servicing stack is required
 * @param notChecked why the age could not be judged (and no error shows the problem), else null
 */
public record OutdatedServicingStack(
    ServicingStackAge age, List<ObservedCode> codes, String notChecked) {

  public OutdatedServicingStack {
    codes = List.copyOf(codes);
  }

  /**
   * The finding for a host, a not-checked verdict, or an empty list when the stack is current.
   *
   * @param kb the knowledge as of the evaluation day
   * @param stacks the collected servicing stack section (zero or one)
   * @param codes observed codes whose cause is "a newer servicing stack is required"
   */
  public static List<OutdatedServicingStack> assess(
      Knowledge kb,
      HostOs host,
      InstalledInventory inventory,
      List<ServicingStack> stacks,
      List<ObservedCode> codes) {
    String version = stacks.isEmpty() ? null : stacks.get(0).version();
    boolean listUsable = inventory.isKnown() && inventory.isComplete();
    ServicingStackAge.Check check =
        ServicingStackAge.assess(
            kb, host.release(), version, listUsable ? inventory : null, host.build(), host.ubr());
    if (check.outdated() == null && codes.isEmpty()) {
      return check.notChecked() == null
          ? List.of()
          : List.of(new OutdatedServicingStack(null, List.of(), check.notChecked()));
    }
    return List.of(new OutdatedServicingStack(check.outdated(), ObservedCode.sorted(codes), null));
  }

  /** True when this is a finding (not a "could not be judged" verdict). */
  public boolean outdated() {
    return notChecked == null;
  }

  /**
   * True when the stack's version, or an update that failed for want of a newer stack, shows it.
   */
  public boolean proven() {
    return age == null || "version".equals(age.basis()) || !codes.isEmpty();
  }

  /**
   * True when the age was judged from the update list and the list holds updates the knowledge does
   * not know, one of which could be a newer stack.
   */
  public boolean listHasUnknownUpdates() {
    return age != null && age.caveat() != null;
  }

  public List<String> evidence(HostOs host) {
    List<String> lines = new ArrayList<>();
    for (ObservedCode c : codes) {
      lines.add(c.line());
    }
    if (age != null) {
      lines.addAll(age.reason());
    } else if (host.release() != null && host.release().ssuInLcuFrom() != null) {
      lines.add(
          "on "
              + host.release().name()
              + " the servicing stack ships inside the monthly cumulative update: install the"
              + " latest cumulative update (by hand, its servicing stack package first)");
    }
    lines.add("the host runs " + host.describe());
    return lines;
  }
}
