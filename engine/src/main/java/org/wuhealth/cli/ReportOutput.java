package org.wuhealth.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.wuhealth.io.AtomicFile;

/** Where a report goes: standard output, or the --out file, replaced in one step. */
final class ReportOutput {
  private ReportOutput() {}

  /** Prints {@code report}, or writes it to {@code out} (null or "-": standard output). */
  static void write(Io io, String out, String report) {
    if (out == null || out.equals("-")) {
      io.out().print(report);
      io.out().flush();
      return;
    }
    try {
      AtomicFile.write(Path.of(out), report);
    } catch (IOException e) {
      throw new UserError(out + ": cannot write: " + AtomicFile.describe(e));
    }
    io.err().println(Diagnostics.note("wrote " + out));
  }
}
