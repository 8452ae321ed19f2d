package org.wuhealth.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wuhealth.io.FileKinds;
import org.wuhealth.knowledge.CsvTable;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.knowledge.build.BuildResult;
import org.wuhealth.knowledge.build.BuildSummary;
import org.wuhealth.knowledge.build.DisagreementReport;
import org.wuhealth.knowledge.build.DocumentDigest;
import org.wuhealth.knowledge.build.KnowledgeBuild;
import org.wuhealth.knowledge.build.ProductMap;
import org.wuhealth.knowledge.build.Table;
import org.wuhealth.knowledge.build.TableBuilder;
import org.wuhealth.knowledge.cvrf.CvrfException;
import org.wuhealth.knowledge.cvrf.CvrfFiles;
import org.wuhealth.knowledge.overlay.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wuhealth kb build}: the update tables from CVRF documents and the hand-made rows. The
 * bundled tables are its output (see docs/knowledge.md); {@code --check} compares instead of
 * writing, for CI.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds rollups.csv, ssu.csv and supersedence.csv from MSRC CVRF documents (XML or the CVRF"
          + " API's JSON; plain, xz or zip) merged with hand-made rows, and reports every"
          + " disagreement between the two."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:tables written (with --check: identical to the ones in --out)",
      "1:--check found differences, or a disagreement has no line in --resolutions",
      "2:usage error or unreadable input (nothing is written)",
      "3:internal error"
    })
public final class KbBuildCommand implements Callable<Integer> {
  @ParentCommand KbCommand parent;

  @Option(
      names = "--cvrf",
      arity = "1..*",
      required = true,
      paramLabel = "PATH",
      description = "CVRF documents, or folders of them (files ending .xml, .json, .xz, .zip).")
  List<Path> cvrf;

  @Option(
      names = "--hand",
      paramLabel = "DIR",
      description =
          "Folder of hand-made rows: rollups.csv, ssu.csv, supersedence.csv (any may be missing).")
  Path hand;

  @Option(
      names = "--resolutions",
      paramLabel = "FILE",
      description =
          "How each disagreement is settled (kb, field, hand_value, cvrf_value, use, source).")
  Path resolutions;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where the tables go.")
  Path out;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "A Markdown file whose marked section gets the table of disagreements.")
  Path report;

  @Option(
      names = "--check",
      description =
          "Write nothing; exit 1 and show the differences when the files in --out (and"
              + " --report) are not what this build makes.")
  boolean check;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents read at once (default: the number of processors).")
  Integer threads;

  @Override
  public Integer call() {
    Io io = parent.io();
    long start = System.nanoTime();
    KnowledgeBuild build =
        new KnowledgeBuild(
            Knowledge.get().os().all(), ProductMap.bundled(Knowledge.get().os().all()));
    List<DocumentDigest> digests;
    BuildResult result;
    try {
      digests =
          build.read(
              CvrfFiles.expand(cvrf),
              threads != null ? threads : Runtime.getRuntime().availableProcessors());
      result = new TableBuilder(build.catalogue()).build(digests, handRows(), resolutionRows());
    } catch (CvrfException e) {
      throw new UserError("" + e.getMessage());
    } catch (IOException e) {
      throw new UserError(FileKinds.withPath(e));
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new UserError("" + e.getMessage());
    }
    KnowledgeEdition edition = KnowledgeBuild.edition(result, digests, null, null);
    BuildSummary.lines(result, digests, System.nanoTime() - start).forEach(io.out()::println);
    if (!result.unresolved().isEmpty()) {
      io.err()
          .println(
              ""
                  + result.unresolved().size()
                  + " disagreement(s) have no line in "
                  + (resolutions == null ? "--resolutions" : resolutions)
                  + "; nothing written. Settle each with a source:");
      result.unresolved().forEach(d -> io.err().println("  " + BuildSummary.describe(d)));
      return ExitCodes.FINDINGS;
    }
    Map<Path, String> files = new LinkedHashMap<>();
    for (Table t : result.tables()) {
      files.put(out.resolve(t.name()), KnowledgeBuild.render(t));
    }
    files.put(out.resolve(KnowledgeEdition.FILE), edition.write(Map.of()));
    try {
      if (report != null) {
        files.put(
            report,
            DisagreementReport.replaceIn(
                Files.readString(report, StandardCharsets.UTF_8),
                DisagreementReport.markdown(result.disagreements())));
      }
      return check ? compare(io, files) : write(io, files);
    } catch (IOException e) {
      throw new UserError(FileKinds.withPath(e));
    } catch (IllegalArgumentException e) {
      throw new UserError("" + report + " " + e.getMessage());
    }
  }

  private TableBuilder.HandRows handRows() throws IOException {
    if (hand == null) {
      return TableBuilder.HandRows.none();
    }
    if (!Files.isDirectory(hand)) {
      throw new NoSuchFileException(hand.toString(), null, "no such folder");
    }
    return new TableBuilder.HandRows(
        Table.read(hand.resolve("rollups.csv"), Table.ROLLUP_COLUMNS),
        Table.read(hand.resolve("ssu.csv"), Table.SSU_COLUMNS),
        Table.read(hand.resolve("supersedence.csv"), Table.SUPERSEDENCE_COLUMNS));
  }

  private List<org.wuhealth.knowledge.build.Resolution> resolutionRows() throws IOException {
    if (resolutions == null) {
      return List.of();
    }
    try (var in = Files.newInputStream(resolutions)) {
      return TableBuilder.resolutions(CsvTable.read(in, resolutions.toString()));
    }
  }

  private int write(Io io, Map<Path, String> files) throws IOException {
    Files.createDirectories(out);
    for (Map.Entry<Path, String> f : files.entrySet()) {
      AtomicFiles.write(f.getKey(), f.getValue());
    }
    io.out()
        .println(
            "wrote "
                + files.size()
                + " files to "
                + out
                + (report == null ? "" : " and " + report));
    return ExitCodes.OK;
  }

  /** Prints, per file that differs, the lines only one side has (first 40 of each). */
  private int compare(Io io, Map<Path, String> files) throws IOException {
    int differing = 0;
    for (Map.Entry<Path, String> f : files.entrySet()) {
      String committed =
          Files.exists(f.getKey()) ? Files.readString(f.getKey(), StandardCharsets.UTF_8) : "";
      if (committed.equals(f.getValue())) {
        continue;
      }
      differing++;
      io.out().println("--- " + f.getKey() + " (as committed)");
      io.out().println("+++ " + f.getKey() + " (as kb build makes it)");
      Set<String> before = new LinkedHashSet<>(committed.lines().toList());
      Set<String> after = new LinkedHashSet<>(f.getValue().lines().toList());
      List<String> lines = new ArrayList<>();
      before.stream().filter(l -> !after.contains(l)).forEach(l -> lines.add("-" + l));
      after.stream().filter(l -> !before.contains(l)).forEach(l -> lines.add("+" + l));
      if (lines.isEmpty()) {
        lines.add(" (same lines, in another order)");
      }
      lines.stream().limit(40).forEach(io.out()::println);
      if (lines.size() > 40) {
        io.out().println("... and " + (lines.size() - 40) + " more lines");
      }
    }
    if (differing == 0) {
      io.out()
          .println(
              "kb build --check: the committed tables are what the documents and hand-made rows give");
      return ExitCodes.OK;
    }
    io.out()
        .println(
            "kb build --check: "
                + differing
                + " file(s) differ from a rebuild; rebuild them (see docs/knowledge.md) and commit");
    return ExitCodes.FINDINGS;
  }
}
