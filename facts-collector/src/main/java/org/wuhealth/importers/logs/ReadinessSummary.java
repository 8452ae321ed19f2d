package org.wuhealth.importers.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.importers.text.Numbers;

/**
 * The component store check DISM (/ScanHealth, /RestoreHealth) writes into CBS.log, as Microsoft's
 * "Fix Windows Update corruptions and installation failures" quotes it: "Checking System Update
 * Readiness.", one "(p) CSI Payload Corrupt ..." line per damaged item ("(Fixed)" when repaired),
 * then a summary with "Operation result", "Total Detected Corruption" and "Total Repaired
 * Corruption". Fed line by line; the newest complete summary is the verdict.
 */
final class ReadinessSummary {
  static final String START = "Checking System Update Readiness";

  /** Damaged items quoted in the evidence beside the summary line. */
  private static final int ITEMS_SHOWN = 2;

  /** CBS_E_SOURCE_MISSING: the repair found no source for what is damaged. */
  private static final String SOURCE_MISSING = "800f081f";

  private static final Pattern FIELD = Pattern.compile("^([A-Za-z ]+):\\s*+(.*)$");
  private static final Pattern COUNT = Pattern.compile("^(\\d+)");

  private boolean active;
  private int line;
  private final List<String> damaged = new ArrayList<>();
  private String operation;
  private String result;
  private Integer detected;
  private Integer repaired;
  private Lined<ComponentStore> newest;

  /** A time-stamped CBS.log line: it may start a check, and it ends the one before. */
  void entry(String message, int lineNumber) {
    finish();
    if (message.contains(START)) {
      start(lineNumber);
    }
  }

  /** A line without a time stamp: part of a check when one is open. */
  void continuation(String text, int lineNumber) {
    String t = text.strip();
    if (t.startsWith(START)) {
      finish();
      start(lineNumber);
      return;
    }
    if (!active) {
      return;
    }
    if (t.startsWith("(p)") || t.startsWith("(f)")) {
      if (!t.contains("(Fixed)") && damaged.size() < ITEMS_SHOWN) {
        damaged.add(t.replaceAll("\\s+", " "));
      }
      return;
    }
    Matcher field = FIELD.matcher(t);
    if (!field.matches()) {
      return;
    }
    String value = field.group(2).strip();
    switch (field.group(1).strip().toLowerCase(Locale.ROOT)) {
      case "operation" -> operation = value;
      case "operation result" -> result = value;
      case "total detected corruption" -> detected = count(value);
      case "total repaired corruption" -> repaired = count(value);
      default -> {
        // other summary fields (per-kind counts, staged packages) add nothing to the verdict
      }
    }
  }

  private void start(int lineNumber) {
    active = true;
    line = lineNumber;
    damaged.clear();
    operation = null;
    result = null;
    detected = null;
    repaired = null;
  }

  private static Integer count(String value) {
    Matcher m = COUNT.matcher(value);
    return m.find() ? Numbers.intOrNull(m.group(1)) : null;
  }

  /** Closes the open check; one with a corruption count becomes the newest verdict. */
  void finish() {
    if (active && detected != null) {
      newest = new Lined<>(new ComponentStore(health(), evidence()), line);
    }
    active = false;
  }

  /**
   * Healthy when every detected item was repaired; otherwise repairable, or non-repairable when the
   * repair failed for want of a source (0x800F081F), which then has to be given to DISM.
   */
  private ComponentStoreHealth health() {
    int left = detected - (repaired == null ? 0 : repaired);
    if (left <= 0) {
      return ComponentStoreHealth.HEALTHY;
    }
    return result != null && result.toLowerCase(Locale.ROOT).contains(SOURCE_MISSING)
        ? ComponentStoreHealth.NON_REPAIRABLE
        : ComponentStoreHealth.REPAIRABLE;
  }

  private List<String> evidence() {
    List<String> lines = new ArrayList<>();
    StringBuilder summary = new StringBuilder("DISM check (log line " + line + "): ");
    if (operation != null) {
      summary.append(operation).append(", ");
    }
    if (result != null) {
      summary.append("result ").append(result).append(", ");
    }
    summary.append(detected).append(" corruptions detected, ");
    summary.append(repaired == null ? "none" : repaired).append(" repaired");
    lines.add(summary.toString());
    lines.addAll(damaged);
    return lines;
  }

  /** The newest complete check, or null when the log holds none. */
  Lined<ComponentStore> newest() {
    finish();
    return newest;
  }
}
