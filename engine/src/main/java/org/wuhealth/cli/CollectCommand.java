package org.wuhealth.cli;

import java.util.concurrent.Callable;
import org.wuhealth.facts.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth collect --out FILE}: a snapshot of this Windows machine, read live. */
@Command(
    name = "collect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads this Windows machine (registry, service manager, WMI, event log, update logs, WSUS"
          + " configuration) and writes one snapshot (collector.mode = live) for 'analyze' or a"
          + " fleet batch. Read-only: only --out is written. Sources that cannot be read (without"
          + " elevation, say) are listed on stderr and in the snapshot's collectionIssues."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:snapshot written (possibly with collection issues)",
      "2:usage error, not Windows, or the output cannot be written",
      "3:internal error, or not even the Windows build could be read"
    })
public final class CollectCommand implements Callable<Integer> {
  @ParentCommand WuhealthCommand parent;

  @Mixin SnapshotOutOption out = new SnapshotOutOption();

  @Mixin LiveOptions live = new LiveOptions();

  @Override
  public Integer call() {
    Io io = parent.io();
    Snapshot snapshot = LiveCollection.collect("collect", parent.liveMachine(), live, io);
    SnapshotOutput.write(io, out.file, snapshot);
    return ExitCodes.OK;
  }
}
