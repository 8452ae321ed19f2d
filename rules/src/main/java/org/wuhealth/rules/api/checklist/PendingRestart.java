package org.wuhealth.rules.api.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wuhealth.facts.PendingReboot;
import org.wuhealth.facts.RebootSignal;
import org.wuhealth.facts.RebootSignalKind;
import org.wuhealth.rules.api.ObservedCode;

/**
 * The pending-restart markers of CHK-PENDING-REBOOT, classified: the servicing stack's own markers
 * (CBS RebootPending and PackagesPending) and Windows Update's RebootRequired are decisive ({@link
 * #strong}); PendingFileRenameOperations is weak ({@link #weakOnly}) because anti-virus products
 * and ordinary installers queue file renames all the time. The rule's DRL turns that into severity
 * and confidence.
 *
 * @param codes observed error codes that mean "a restart is pending" (they support the signals)
 */
public record PendingRestart(List<RebootSignal> signals, List<ObservedCode> codes) {

  private static final Set<RebootSignalKind> STRONG =
      Set.of(
          RebootSignalKind.CBS_REBOOT_PENDING,
          RebootSignalKind.WU_REBOOT_REQUIRED,
          RebootSignalKind.CBS_PACKAGES_PENDING);
  private static final Set<RebootSignalKind> WEAK =
      Set.of(RebootSignalKind.PENDING_FILE_RENAME_OPERATIONS, RebootSignalKind.OTHER);

  public PendingRestart {
    signals = List.copyOf(signals);
    codes = List.copyOf(codes);
  }

  /** The assessment of the markers, with the restart-related codes seen; null without markers. */
  public static PendingRestart of(PendingReboot reboot, List<ObservedCode> codes) {
    if (reboot.signals().isEmpty()) {
      return null;
    }
    return new PendingRestart(reboot.signals(), ObservedCode.sorted(codes));
  }

  public boolean strong() {
    return signals.stream().anyMatch(s -> STRONG.contains(s.signal()));
  }

  /** True when only markers that other software also sets are present. */
  public boolean weakOnly() {
    return signals.stream().allMatch(s -> WEAK.contains(s.signal()));
  }

  public List<String> evidence() {
    List<String> lines = new ArrayList<>();
    for (RebootSignal s : signals) {
      String kind = s.signal() == null ? "an unnamed marker" : s.signal().wire();
      lines.add(
          "restart marker "
              + kind
              + (s.detail() == null || s.detail().isBlank() ? "" : ": " + s.detail())
              + (STRONG.contains(s.signal()) ? " (set by servicing or Windows Update)" : ""));
    }
    if (weakOnly()) {
      lines.add(
          "only PendingFileRenameOperations-style markers are set: anti-virus software and"
              + " ordinary installers queue file renames too, so this alone does not prove that"
              + " an update waits for the restart");
    }
    for (ObservedCode c : codes) {
      lines.add(c.line());
    }
    return lines;
  }
}
