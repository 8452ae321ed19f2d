package org.wuhealth.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wuhealth.collector.LiveCollector;
import org.wuhealth.collector.WindowsAccess;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.SourceRun;

/**
 * Runs the live collector for a command and tells the user on stderr what could not be read (and
 * with --verbose, how long each source took). On a machine without Windows it explains where to go
 * instead.
 */
final class LiveCollection {
  /** Win32's ERROR_ACCESS_DENIED and WMI's WBEM_E_ACCESS_DENIED, as HRESULTs. */
  private static final Set<String> ACCESS_DENIED = Set.of("0x80070005", "0x80041003");

  private LiveCollection() {}

  static Snapshot collect(String command, LiveMachine host, LiveOptions options, Io io) {
    WindowsAccess access = host.access().get().orElseThrow(() -> notWindows(command));
    long started = System.nanoTime();
    Snapshot snapshot;
    try {
      snapshot =
          new LiveCollector(access, options.collectorOptions(), io.env())
              .collect(VersionProvider.version(), host.clock());
    } catch (LiveCollector.CollectionFailed e) {
      throw new UserError(ExitCodes.INTERNAL, List.of(e.getMessage()));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    if (options.verbose) {
      for (SourceRun run : snapshot.collector().sources()) {
        io.err()
            .println(
                Diagnostics.note(
                    "source "
                        + run.name()
                        + ": "
                        + run.durationMs()
                        + " ms, "
                        + run.outcome().wire()));
      }
    }
    List<CollectionIssue> issues = snapshot.collectionIssues();
    for (CollectionIssue i : issues) {
      io.err()
          .println(
              Diagnostics.warning(
                  "not read: "
                      + i.source()
                      + ": "
                      + i.message()
                      + (i.code() == null ? "" : " [" + i.code() + "]")
                      + (i.section() == null ? "" : " (" + i.section() + " incomplete)")));
    }
    if (issues.stream().anyMatch(i -> i.code() != null && ACCESS_DENIED.contains(i.code()))) {
      io.err()
          .println(
              Diagnostics.note(
                  "some sources need administrator rights: run wuhealth from an elevated"
                      + " prompt (Run as administrator) to read them"));
    }
    io.err()
        .println(
            Diagnostics.note(
                String.format(
                    Locale.ROOT,
                    "collected %s in %.1f s%s",
                    SnapshotOutput.describe(snapshot),
                    took.toMillis() / 1000.0,
                    issues.isEmpty() ? "" : "; " + issues.size() + " collection issues")));
    io.err().flush();
    return snapshot;
  }

  private static UserError notWindows(String command) {
    return new UserError(
        ExitCodes.USAGE_OR_INPUT,
        List.of(
            command
                + " reads this machine live, which needs Windows; this machine runs "
                + System.getProperty("os.name")),
        List.of(
            "  On the Windows server, run 'wuhealth collect --out host.json' (Java 17) or export"
                + " systeminfo, registry keys and logs; then here:",
            "    wuhealth analyze host.json             analyze snapshots, raw exports or support"
                + " bundles",
            "    wuhealth import PATH... --out host.json  build one snapshot from raw exports"));
  }
}
