package org.wuhealth.importers.hotfix;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * A KB number with what Windows appended to it: a package name
   * ("KB2899189_Microsoft-Windows-CameraCodec-Package", Windows 8.1), a component ("KB941569_WM11",
   * "KB2706045-IE8"), a revision ("KB2536276-v2", "KB893803v2") or systeminfo's description on
   * Windows XP and Server 2003 ("KB893803v2 - Update").
   */
  private static final Pattern SUFFIXED =
      Pattern.compile("(?i)^\\s*KB(\\d{4,8})(?:[-_ .(]|v\\d).*$", Pattern.DOTALL);

  /**
   * The KB number: "KB2919355", "2919355", "Q147222" (the Knowledge Base numbered its articles
   * Qnnnnnn once), and a KB number with a suffix Windows appended; empty for ids such as "File 1",
   * "MSCompPackV1" or an update GUID, which name no KB.
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
    Matcher suffixed = SUFFIXED.matcher(t);
    if (suffixed.matches()) {
      return Kb.normalize(suffixed.group(1));
    }
    return Kb.normalize(t);
  }
}
