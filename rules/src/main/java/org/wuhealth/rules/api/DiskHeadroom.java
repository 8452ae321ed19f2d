package org.wuhealth.rules.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wuhealth.facts.Disk;

/**
 * Free space on the system drive measured against what installing a cumulative update needs.
 *
 * <p>Thresholds, and why: a monthly cumulative update is downloaded (hundreds of MB to a few GB),
 * expanded to several times that size while it is staged in the component store, and the replaced
 * files are kept for rollback. Microsoft reserves about 7 GB ("reserved storage", Windows 10 1903
 * and later) precisely so that updates do not fail for lack of space; a server without that
 * reservation needs the same headroom free. Below 2 GiB even the download and expansion of one
 * update do not fit; below 7 GiB a large cumulative update (Server 2016's) is likely to fail; below
 * 10 GiB the margin is thin when several updates are pending.
 */
public record DiskHeadroom(long freeBytes, Severity severity, List<ObservedCode> codes) {

  private static final long GIB = 1L << 30;
  static final long CRITICAL_BELOW = 2 * GIB;
  static final long LOW_BELOW = 7 * GIB;
  static final long THIN_BELOW = 10 * GIB;

  public DiskHeadroom {
    codes = List.copyOf(codes);
  }

  /** The shortage, or an empty list when there is enough space (or it is unknown). */
  public static List<DiskHeadroom> assess(Disk disk, List<ObservedCode> diskFullCodes) {
    Long free = disk.systemDriveFreeBytes();
    if (free == null || free >= THIN_BELOW) {
      return List.of();
    }
    Severity severity =
        free < CRITICAL_BELOW ? Severity.HIGH : free < LOW_BELOW ? Severity.MEDIUM : Severity.LOW;
    return List.of(new DiskHeadroom(free, severity, ObservedCode.sorted(diskFullCodes)));
  }

  /** Certain when an update already failed for lack of space; likely otherwise. */
  public Confidence confidence() {
    return codes.isEmpty() ? Confidence.LIKELY : Confidence.CERTAIN;
  }

  public List<String> evidence() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "the system drive has %s free; installing cumulative updates needs %s",
            gib(freeBytes),
            freeBytes < CRITICAL_BELOW
                ? "at least 2 GiB just to download and expand one update"
                : freeBytes < LOW_BELOW
                    ? "about 7 GiB (what Windows reserves for updates on recent releases)"
                    : "10 GiB or more to stage several updates with room to spare"));
    for (ObservedCode c : codes) {
      lines.add(c.line());
    }
    return lines;
  }

  public String[] explainedCodes() {
    return codes.stream().map(ObservedCode::code).toArray(String[]::new);
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
  }
}
