package org.wuhealth.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.io.AtomicFile;
import org.wuhealth.snapshot.SnapshotWriter;

/**
 * Writes a snapshot where --out says (a file, or - for stdout) and says so on stderr. A file is
 * replaced in one step ({@link AtomicFile}): a batch reading the share never sees half of it.
 */
final class SnapshotOutput {
  private SnapshotOutput() {}

  static void write(Io io, String out, Snapshot snapshot) {
    String json = SnapshotWriter.write(snapshot);
    if (out.equals("-")) {
      io.out().print(json);
      io.out().flush();
      return;
    }
    try {
      AtomicFile.write(Path.of(out), json);
    } catch (IOException e) {
      throw new UserError(out + ": cannot write: " + AtomicFile.describe(e));
    }
    io.err().println(Diagnostics.note("wrote " + out + ": " + describe(snapshot)));
  }

  /** "WSUS01 (Windows Server 2012 R2 Standard, build 9600.20778, x64)". */
  static String describe(Snapshot s) {
    OsInfo os = s.os();
    return s.hostName()
        + " ("
        + (os.productName() != null ? os.productName() : "Windows")
        + ", build "
        + os.buildLabel()
        + (os.architecture() != null ? ", " + os.architecture().wire() : "")
        + ")";
  }
}
