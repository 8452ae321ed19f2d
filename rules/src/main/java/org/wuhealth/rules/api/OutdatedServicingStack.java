package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import org.wuhealth.facts.ServicingStack;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.ServicingStackAge;

/**
 * The servicing stack needs an update: it is older than the latest known servicing stack update for
 * the release ({@link ServicingStackAge}), or an update already failed because it needs a newer
 * stack (0x80242017, 0x800F0823).
 *
 * @param age the age problem, or null when only the error codes show it
 * @param codes observed codes that say a newer servicing stack is required
 */
public record OutdatedServicingStack(ServicingStackAge age, List<ObservedCode> codes) {

  public OutdatedServicingStack {
    codes = List.copyOf(codes);
  }

  /**
   * The finding for a host, or an empty list when there is none.
   *
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
    ServicingStackAge age =
        ServicingStackAge.assess(kb, host.release(), version, listUsable ? inventory : null)
            .orElse(null);
    if (age == null && codes.isEmpty()) {
      return List.of();
    }
    return List.of(new OutdatedServicingStack(age, ObservedCode.sorted(codes)));
  }

  /** Certain when the version or an error proves it; likely when judged from the update list. */
  public Confidence confidence() {
    return age == null || "version".equals(age.basis()) || !codes.isEmpty()
        ? Confidence.CERTAIN
        : Confidence.LIKELY;
  }

  public List<String> evidence(HostOs host) {
    List<String> lines = new ArrayList<>();
    for (ObservedCode c : codes) {
      lines.add(c.line());
    }
    if (age != null) {
      lines.add(age.reason());
    }
    if (host.release() != null && host.release().ssuCombinedWithLcu()) {
      lines.add(
          "on "
              + host.release().name()
              + " the servicing stack ships inside the monthly cumulative update: install the"
              + " latest cumulative update (by hand, its servicing stack package first)");
    }
    lines.add("the host runs " + host.describe());
    return lines;
  }

  public String[] explainedCodes() {
    return codes.stream().map(ObservedCode::code).toArray(String[]::new);
  }
}
