package org.wuhealth.importers.hotfix;

import java.time.LocalDate;
import java.util.Optional;
import org.wuhealth.facts.Kb;

/**
 * One row of a Win32_QuickFixEngineering listing ({@code wmic qfe}, {@code Get-HotFix}).
 *
 * @param id the HotFixID as printed: "KB2919355", but also "Q147222" or "File 1" on old systems
 * @param installedOn null when the row has no date (common: QFE leaves it blank for many updates)
 * @param host the computer the row names (CSName, Source, PSComputerName), or null
 * @param line the 1-based line of the row (for JSON: of the file's first line)
 */
public record Hotfix(String id, String description, LocalDate installedOn, String host, int line) {
  /**
   * The KB number: "KB2919355", "2919355", and "Q147222" (the Knowledge Base numbered its articles
   * Qnnnnnn once); empty for ids such as "File 1".
   */
  public Optional<String> kb() {
    return kbOf(id);
  }

  /** The KB number a hotfix id names, as {@link #kb()} reads it. */
  public static Optional<String> kbOf(String id) {
    String t = id == null ? "" : id.trim();
    if (t.length() > 1
        && (t.charAt(0) == 'Q' || t.charAt(0) == 'q')
        && t.substring(1).matches("\\d{4,8}")) {
      return Kb.normalize(t.substring(1));
    }
    return Kb.normalize(t);
  }
}
