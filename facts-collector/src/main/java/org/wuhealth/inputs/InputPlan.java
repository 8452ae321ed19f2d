package org.wuhealth.inputs;

import java.util.List;
import org.wuhealth.io.RowView;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.snapshot.InputException;

/**
 * What the command-line inputs hold, before any host is read.
 *
 * @param hosts one entry per host, in the order of their first file
 * @param problems arguments that name nothing, folders that cannot be listed, archives that cannot
 *     be opened, and files that name no host in a folder of several
 * @param skipped files that are neither snapshots nor exports, with the reason, unless they were
 *     reported with the host of their folder
 */
public record InputPlan(
    List<HostInput> hosts, List<InputException> problems, List<Skipped> skipped) {
  public InputPlan {
    // the planned hosts are a compact RowView (PlannedHosts): a copy would make every entry at once
    hosts = hosts instanceof RowView<HostInput> ? hosts : List.copyOf(hosts);
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  /**
   * Why the inputs hold no host, for a plan without one: the first argument that names nothing, or
   * what was skipped.
   */
  public String whyNoHost() {
    if (!problems.isEmpty()) {
      return problems.get(0).getMessage()
          + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
    if (skipped.isEmpty()) {
      return "no file to read";
    }
    return "no snapshot or export among "
        + skipped.size()
        + (skipped.size() == 1 ? " file (" : " files (")
        + skipped.get(0)
        + (skipped.size() > 1 ? "; ..." : "")
        + ")";
  }
}
