package org.wuhealth.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wuhealth.importers.FileType;
import org.wuhealth.importers.ImportResult;
import org.wuhealth.importers.Importer;
import org.wuhealth.inputs.HostInput;
import org.wuhealth.inputs.InputPlan;
import org.wuhealth.inputs.Inputs;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth import PATH... --out FILE}: one snapshot from the raw exports of one host. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds one snapshot (collector.mode = import) from the raw exports of one host: systeminfo,"
          + " wmic qfe, Get-HotFix, Get-Service, registry exports, ReportingEvents.log,"
          + " WindowsUpdate.log, CBS.log, IIS logs, WSUS web.config, given as files,"
          + " directories or .zip bundles. File types are detected from their content.",
      "The snapshot records which file each fact came from (provenance). Inputs that describe"
          + " several hosts are refused; analyze and batch read them as several hosts."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:snapshot written",
      "2:usage error or an input that could not be imported",
      "3:internal error"
    })
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand WuhealthCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, directories, .zip bundles or globs of one host.")
  List<String> inputs;

  @Mixin SnapshotOutOption out = new SnapshotOutOption();

  @Option(
      names = "--host",
      paramLabel = "NAME",
      description = "Host name to record instead of the one the files give.")
  String host;

  @Option(
      names = "--collected-at",
      paramLabel = "TIME",
      converter = OptionValues.CollectedAt.class,
      description =
          "Collection time to record (ISO-8601); default: the newest time found in the data.")
  Instant collectedAt;

  @Mixin MaxFileSizeOption maxFileSize = new MaxFileSizeOption();

  @Override
  public Integer call() {
    Io io = parent.io();
    Inputs reader = new Inputs(maxFileSize.bytes, VersionProvider.version());
    InputPlan plan = reader.plan(inputs);
    List<HostInput.Exports> hosts = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>(plan.skipped());
    for (HostInput host : plan.hosts()) {
      if (host instanceof HostInput.Exports exports) {
        hosts.add(exports);
      } else {
        skipped.add(new Skipped(host.source(), FileType.SNAPSHOT.notAnExport()));
      }
    }
    if (hosts.size() > 1) {
      List<String> names = hosts.stream().map(h -> h.identity().describe()).toList();
      io.err()
          .println(
              Diagnostics.error(
                  "the inputs describe "
                      + hosts.size()
                      + " hosts ("
                      + String.join(", ", names)
                      + "); import each host on its own, or analyze or batch them together"));
      return ExitCodes.USAGE_OR_INPUT;
    }
    if (!plan.problems().isEmpty()) {
      plan.problems().forEach(e -> io.err().println(Diagnostics.error(e.getMessage())));
      return ExitCodes.USAGE_OR_INPUT;
    }
    if (hosts.isEmpty()) {
      io.err()
          .println(
              Diagnostics.error(
                  String.join(" ", inputs)
                      + ": nothing to import ("
                      + (skipped.isEmpty()
                          ? "no file"
                          : skipped.get(0) + (skipped.size() > 1 ? "; ..." : ""))
                      + ")"));
      return ExitCodes.USAGE_OR_INPUT;
    }
    ImportResult result;
    try {
      result =
          reader.importExports(
              hosts.get(0), new Importer.Options(VersionProvider.version(), host, collectedAt));
    } catch (ImportException e) {
      io.err().println(Diagnostics.error(e.getMessage()));
      return ExitCodes.USAGE_OR_INPUT;
    }
    skipped.forEach(w -> io.err().println(Diagnostics.note(w.toString())));
    result.imported().forEach(i -> io.err().println(Diagnostics.note("read " + i)));
    result.warnings().forEach(w -> io.err().println(Diagnostics.note(w)));
    SnapshotOutput.write(io, out.file, result.snapshot());
    return ExitCodes.OK;
  }

  private static int usage(Io io, String message) {
    io.err().println(Diagnostics.error(message));
    return ExitCodes.USAGE_OR_INPUT;
  }
}
