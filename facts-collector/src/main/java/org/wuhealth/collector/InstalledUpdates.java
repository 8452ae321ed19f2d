package org.wuhealth.collector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.Kb;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.importers.hotfix.Hotfix;
import org.wuhealth.importers.hotfix.HotfixListParser;

/**
 * The installed updates from two sources, reconciled: Win32_QuickFixEngineering (what {@code
 * Get-HotFix} shows: slow, and blind to updates that are not hotfixes, but with descriptions) and
 * the CBS package registry (every servicing package, with its install date). Each update keeps the
 * source that listed it first, QFE before CBS.
 */
final class InstalledUpdates {
  static final String QFE = "wmi:Win32_QuickFixEngineering";
  static final List<String> QFE_PROPERTIES = List.of("HotFixID", "Description", "InstalledOn");

  private InstalledUpdates() {}

  /**
   * QFE rows as WMI returns them; rows without a KB number ("File 1") are left out with an issue.
   */
  static List<InstalledUpdate> fromQfe(
      List<Map<String, Object>> rows, Consumer<CollectionIssue> issues) {
    List<String[]> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      cells.add(
          new String[] {
            text(row.get("HotFixID")),
            text(row.get("Description")),
            text(row.get("InstalledOn")),
            ""
          });
    }
    List<InstalledUpdate> updates = new ArrayList<>();
    List<String> withoutKb = new ArrayList<>();
    for (Hotfix h : HotfixListParser.fromCells(cells)) {
      h.kb()
          .ifPresentOrElse(
              kb ->
                  updates.add(
                      new InstalledUpdate(kb, h.installedOn(), h.description(), UpdateSource.QFE)),
              () -> withoutKb.add(h.id()));
    }
    if (!withoutKb.isEmpty()) {
      issues.accept(
          new CollectionIssue(
              QFE,
              withoutKb.size()
                  + " entries without a KB number were left out ("
                  + String.join(", ", withoutKb.stream().limit(5).toList())
                  + ")",
              null,
              "updates"));
    }
    return updates;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  /**
   * One entry per KB, in KB number order. A KB both sources list stays a QFE entry and takes the
   * CBS date when QFE has none. Null when neither source could be read.
   */
  static List<InstalledUpdate> reconcile(List<InstalledUpdate> qfe, List<InstalledUpdate> cbs) {
    if (qfe == null && cbs == null) {
      return null;
    }
    Map<String, InstalledUpdate> byKb = new LinkedHashMap<>();
    for (List<InstalledUpdate> source : listOf(qfe, cbs)) {
      for (InstalledUpdate u : source) {
        byKb.merge(
            u.kb(),
            u,
            (first, later) ->
                first.installedOn() != null || later.installedOn() == null
                    ? first
                    : new InstalledUpdate(
                        first.kb(), later.installedOn(), first.description(), first.source()));
      }
    }
    List<InstalledUpdate> updates = new ArrayList<>(byKb.values());
    updates.sort(Comparator.comparingLong(u -> Kb.number(u.kb())));
    return updates;
  }

  private static List<List<InstalledUpdate>> listOf(
      List<InstalledUpdate> qfe, List<InstalledUpdate> cbs) {
    List<List<InstalledUpdate>> lists = new ArrayList<>();
    if (qfe != null) {
      lists.add(qfe);
    }
    if (cbs != null) {
      lists.add(cbs);
    }
    return lists;
  }
}
