package org.wuhealth.importers.systeminfo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.wuhealth.facts.Architecture;
import org.wuhealth.facts.ProductType;

/**
 * What a systeminfo output says, in any display language.
 *
 * @param osName the OS name as printed (localised on some systems: "Microsoft Windows 7
 *     Entreprise")
 * @param version the NT version, "6.3"
 * @param build the build number, 9600
 * @param productType from the OS name and configuration, or null when they do not tell
 * @param lastBootTime null when the output has no boot time (2003 and XP print an uptime) or no
 *     time zone to place it
 * @param zoneOffset the standard UTC offset of the time zone line, or null without one (daylight
 *     saving is not applied: systeminfo does not say whether it was in effect)
 * @param domain the domain or workgroup name as printed
 * @param hotfixes the hotfix list, null when the output has none; ids as printed ("KB2919355",
 *     "Q147222")
 * @param declaredHotfixes how many hotfixes the header line announces, or null
 * @param hotfixLine the line of the hotfix field (for messages and provenance)
 * @param notes what the output leaves incomplete (a truncated hotfix list, a boot time read as UTC)
 */
public record SystemInfo(
    String hostName,
    String osName,
    String version,
    int build,
    Architecture architecture,
    ProductType productType,
    Instant lastBootTime,
    ZoneOffset zoneOffset,
    String domain,
    List<String> hotfixes,
    Integer declaredHotfixes,
    int hotfixLine,
    List<String> notes) {

  public SystemInfo {
    hotfixes = hotfixes == null ? null : List.copyOf(hotfixes);
    notes = List.copyOf(notes);
  }

  /**
   * True when systeminfo cut the hotfix list short: it announces more than it lists, or its last
   * item is cut off. systeminfo is known to do this for long lists.
   */
  public boolean hotfixListTruncated() {
    return hotfixes != null && declaredHotfixes != null && declaredHotfixes > hotfixes.size();
  }
}
