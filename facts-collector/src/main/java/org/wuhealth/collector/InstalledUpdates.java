package org.wuhealth.collector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wuhealth.assembly.Gaps;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.InstalledUpdate;
import org.wuhealth.facts.UpdateSource;
import org.wuhealth.importers.hotfix.Hotfix;
import org.wuhealth.importers.hotfix.HotfixListParser;

/**
 * The installed updates Win32_QuickFixEngineering lists (what {@code Get-HotFix} shows: slow, and
 * blind to updates that are not hotfixes, but with descriptions). The snapshot assembly merges them
 * with the CBS package registry's (every servicing package, with its install date): each update
 * keeps the source that listed it first, QFE before CBS, and takes the CBS date when QFE has none.
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
      issues.accept(new CollectionIssue(QFE, Gaps.withoutKb(withoutKb), null, "updates"));
    }
    return updates;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
