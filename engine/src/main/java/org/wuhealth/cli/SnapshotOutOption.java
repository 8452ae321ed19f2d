package org.wuhealth.cli;

import picocli.CommandLine.Option;

/** {@code --out} of the commands that write one snapshot (collect, import). */
final class SnapshotOutOption {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the snapshot; - for standard output.")
  String file;
}
