package org.wuhealth.importers.servicing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.ComponentStore;
import org.wuhealth.facts.ComponentStoreHealth;
import org.wuhealth.importers.text.Lines;
import org.wuhealth.importers.text.Numbers;
import org.wuhealth.parsing.ImportException;

/**
 * Reads what a component store check printed, in the forms admins keep: the console output of
 * {@code DISM /Online /Cleanup-Image /CheckHealth}, {@code /ScanHealth} or {@code /RestoreHealth}
 * (with the "Image Version" of the running Windows), {@code Repair-WindowsImage -Online
 * -ScanHealth} (its ImageHealthState), the "Checking System Update Readiness." summary that DISM
 * writes for a scan or repair, and CheckSUR.log of the System Update Readiness tool (Windows 7,
 * Server 2008 and 2008 R2; the last run of a CheckSUR.persist.log counts). DISM's verdicts are read
 * in English (DISM prints them so with /English); a verdict in another language leaves the health
 * unknown, with the reason.
 */
public final class ComponentStoreParser {
  /** Marks a file as one of these outputs, for format detection. */
  public static final Pattern MARKER =
      Pattern.compile(
          "(?m)^[ \\t]*(Deployment Image Servicing and Management tool|ImageHealthState[ \\t]*:"
              + "|Checking System Update Readiness\\.)");

  private static final Pattern IMAGE_VERSION =
      Pattern.compile("(?m)^[ \\t]*Image Version: (\\d+)\\.(\\d+)\\.(\\d+)(?:\\.(\\d+))?[ \\t]*$");
  private static final Pattern HEALTH_STATE =
      Pattern.compile("(?m)^[ \\t]*ImageHealthState[ \\t]*:[ \\t]*(\\S+)[ \\t]*$");
  private static final Pattern ERROR = Pattern.compile("(?m)^[ \\t]*Error:[ \\t]*(\\S+)[ \\t]*$");
  private static final Pattern COUNT =
      Pattern.compile("(?i)^\\s*(Found|Fixed|Fix) (\\d+) errors?\\s*$");
  private static final Pattern TOTAL =
      Pattern.compile("(?i)^\\s*Total (Detected|Repaired) Corruption:\\s*(\\d+)\\s*$");
  private static final Pattern RESULT = Pattern.compile("(?i)^\\s*Operation result:\\s*(\\S+)");
  private static final Pattern OPERATION = Pattern.compile("(?i)^\\s*+Operation:\\s*+(.+)$");
  // The whole-text patterns match horizontal space only: "^\\s*" in multiline mode spanned every
  // following blank line, so a file of blank lines took quadratic time.
  private static final int LISTED = 5;

  /** What DISM prints, in English, and what it means. */
  private record Verdict(String sentence, ComponentStoreHealth health) {}

  private static final List<Verdict> VERDICTS =
      List.of(
          new Verdict("No component store corruption detected.", ComponentStoreHealth.HEALTHY),
          new Verdict(
              "The restore operation completed successfully.", ComponentStoreHealth.HEALTHY),
          new Verdict("The component store is repairable.", ComponentStoreHealth.REPAIRABLE),
          new Verdict(
              "The component store cannot be repaired.", ComponentStoreHealth.NON_REPAIRABLE));

  private ComponentStoreParser() {}

  /**
   * The check's verdict, and the running Windows when DISM named it.
   *
   * @param ntVersion "10.0" or "6.3" from DISM's Image Version, or null
   * @param build the build from it, or null
   * @param ubr the update build revision from it, or null
   */
  public record Reading(ComponentStore store, String ntVersion, Integer build, Integer ubr) {}

  public static Reading parse(String file, String text) throws ImportException {
    List<String> lines = Lines.split(text);
    int start = lastIndexOf(lines, "Checking System Update Readiness.");
    if (start >= 0) {
      List<String> run = lines.subList(start, lines.size());
      return new Reading(
          run.stream().anyMatch(l -> TOTAL.matcher(l).matches()) ? dismSummary(run) : checkSur(run),
          null,
          null,
          null);
    }
    Matcher state = HEALTH_STATE.matcher(text);
    if (state.find()) {
      return new Reading(repairWindowsImage(state.group(1)), null, null, null);
    }
    if (!text.contains("Deployment Image Servicing and Management tool")) {
      throw new ImportException(file, null, "not a DISM, Repair-WindowsImage or CheckSUR output");
    }
    Matcher version = IMAGE_VERSION.matcher(text);
    boolean hasVersion = version.find();
    return new Reading(
        dismConsole(text),
        hasVersion ? version.group(1) + "." + version.group(2) : null,
        hasVersion ? Numbers.intOrNull(version.group(3)) : null,
        hasVersion && version.group(4) != null ? Numbers.intOrNull(version.group(4)) : null);
  }

  private static int lastIndexOf(List<String> lines, String marker) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * DISM's console verdict: the last health sentence it printed wins (RestoreHealth rescans). The
   * progress bar can share the verdict's line.
   */
  private static ComponentStore dismConsole(String text) {
    ComponentStoreHealth health = null;
    String said = null;
    for (String line : Lines.split(text)) {
      for (Verdict v : VERDICTS) {
        if (line.contains(v.sentence())) {
          health = v.health();
          said = v.sentence();
        }
      }
    }
    Matcher error = ERROR.matcher(text);
    if (health == null && error.find()) {
      String message = lineAfter(text, error.end());
      // RestoreHealth that found no source (0x800f081f) leaves damage that a source repairs
      boolean sourceMissing = error.group(1).equalsIgnoreCase("0x800f081f");
      return new ComponentStore(
          sourceMissing ? ComponentStoreHealth.REPAIRABLE : ComponentStoreHealth.UNKNOWN,
          List.of(
              "DISM ended with error "
                  + error.group(1)
                  + (message.isEmpty() ? "" : ": " + message)
                  + (sourceMissing ? " (the repair found no source files)" : "")));
    }
    if (health == null) {
      return new ComponentStore(
          ComponentStoreHealth.UNKNOWN,
          List.of(
              "DISM printed no verdict that wuhealth reads (it reads them in English: run DISM"
                  + " with /English, or use Repair-WindowsImage)"));
    }
    return new ComponentStore(health, List.of("DISM: " + said));
  }

  private static String lineAfter(String text, int from) {
    for (String line : Lines.split(text.substring(from))) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  private static ComponentStore repairWindowsImage(String state) {
    ComponentStoreHealth health =
        switch (state.toLowerCase(Locale.ROOT)) {
          case "healthy" -> ComponentStoreHealth.HEALTHY;
          case "repairable" -> ComponentStoreHealth.REPAIRABLE;
          case "nonrepairable" -> ComponentStoreHealth.NON_REPAIRABLE;
          default -> ComponentStoreHealth.UNKNOWN;
        };
    return new ComponentStore(health, List.of("Repair-WindowsImage: ImageHealthState " + state));
  }

  /** The summary DISM writes after a scan or repair ("Total Detected Corruption: 2"). */
  private static ComponentStore dismSummary(List<String> run) {
    int detected = 0;
    int repaired = 0;
    String result = null;
    String operation = null;
    List<String> unfixed = new ArrayList<>();
    for (String line : run) {
      Matcher total = TOTAL.matcher(line);
      Matcher r = RESULT.matcher(line);
      Matcher op = OPERATION.matcher(line);
      if (total.matches() && Numbers.intOrNull(total.group(2)) != null) {
        int n = Numbers.intOrNull(total.group(2));
        if (total.group(1).equalsIgnoreCase("Detected")) {
          detected = n;
        } else {
          repaired = n;
        }
      } else if (r.find()) {
        result = r.group(1);
      } else if (op.matches()) {
        operation = op.group(1).strip();
      } else if (line.strip().startsWith("(p)") && !line.contains("(Fixed)")) {
        unfixed.add(line.strip().replaceAll("\\s+", " "));
      }
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(
        (operation == null ? "DISM" : "DISM " + operation)
            + ": "
            + detected
            + " corruption"
            + (detected == 1 ? "" : "s")
            + " detected, "
            + repaired
            + " repaired"
            + (result == null ? "" : ", result " + result));
    unfixed.stream().limit(LISTED).forEach(evidence::add);
    return new ComponentStore(
        detected == 0 || repaired >= detected
            ? ComponentStoreHealth.HEALTHY
            : ComponentStoreHealth.REPAIRABLE,
        evidence);
  }

  /** CheckSUR.log: "Found 16 errors", "Fixed 4 errors", the files it could not repair. */
  private static ComponentStore checkSur(List<String> run) {
    Integer found = null;
    int fixed = 0;
    boolean noErrors = false;
    List<String> unavailable = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> repaired = new ArrayList<>();
    boolean inUnavailable = false;
    for (String line : run) {
      String l = line.strip();
      if (l.startsWith("(f) ")) {
        failed.add(l.substring(4));
      } else if (l.startsWith("(fix) ")) {
        repaired.add(l.substring(6));
      }
      Matcher count = COUNT.matcher(l);
      if (count.matches() && Numbers.intOrNull(count.group(2)) != null) {
        int n = Numbers.intOrNull(count.group(2));
        if (count.group(1).equalsIgnoreCase("Found")) {
          found = n;
        } else {
          fixed = n;
        }
        inUnavailable = false;
      } else if (l.equalsIgnoreCase("No errors detected")) {
        noErrors = true;
      } else if (l.equalsIgnoreCase("Unavailable repair files:")) {
        inUnavailable = true;
      } else if (inUnavailable && !l.isEmpty() && !l.contains(":")) {
        unavailable.add(l);
      } else if (inUnavailable && l.contains(":")) {
        inUnavailable = false;
      }
    }
    String when = run.size() > 3 ? run.get(3).strip() : "";
    String prefix =
        "CheckSUR.log" + (when.matches("\\d{4}-\\d\\d-\\d\\d.*") ? " (" + when + ")" : "");
    if (noErrors || (found != null && found == 0)) {
      return new ComponentStore(
          ComponentStoreHealth.HEALTHY, List.of(prefix + ": no errors detected"));
    }
    if (found == null) {
      return new ComponentStore(
          ComponentStoreHealth.UNKNOWN,
          List.of(prefix + ": the run has no summary (the tool may not have finished)"));
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(prefix + ": found " + found + " errors, fixed " + fixed);
    failed.removeAll(repaired);
    if (unavailable.isEmpty() && !failed.isEmpty()) {
      evidence.add(
          "not fixed: "
              + String.join("; ", failed.stream().limit(LISTED).toList())
              + (failed.size() > LISTED ? " and " + (failed.size() - LISTED) + " more" : ""));
    }
    if (!unavailable.isEmpty()) {
      evidence.add(
          "unavailable repair files: "
              + String.join(", ", unavailable.stream().limit(LISTED).toList())
              + (unavailable.size() > LISTED
                  ? " and " + (unavailable.size() - LISTED) + " more"
                  : ""));
    }
    return new ComponentStore(
        fixed >= found ? ComponentStoreHealth.HEALTHY : ComponentStoreHealth.REPAIRABLE, evidence);
  }
}
