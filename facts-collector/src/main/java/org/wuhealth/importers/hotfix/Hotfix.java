package org.wuhealth.importers.hotfix;

import java.time.LocalDate;

/**
 * One row of a Win32_QuickFixEngineering listing ({@code wmic qfe}, {@code Get-HotFix}).
 *
 * @param id the HotFixID as printed: "KB2919355", but also "Q147222" or "File 1" on old systems
 * @param installedOn null when the row has no date (common: QFE leaves it blank for many updates)
 * @param host the computer the row names (CSName, Source, PSComputerName), or null
 * @param line the 1-based line of the row (for JSON: of the file's first line)
 */
public record Hotfix(String id, String description, LocalDate installedOn, String host, int line) {}
