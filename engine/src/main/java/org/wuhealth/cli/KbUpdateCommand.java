package org.wuhealth.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.wuhealth.io.FileKinds;
import org.wuhealth.kb.CvrfApi;
import org.wuhealth.kb.KnowledgeUpdate;
import org.wuhealth.kb.ProxySettings;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.KnowledgeOverlay;
import org.wuhealth.knowledge.build.DocumentDigest;
import org.wuhealth.knowledge.build.KnowledgeBuild;
import org.wuhealth.knowledge.build.ProductMap;
import org.wuhealth.knowledge.cvrf.CvrfException;
import org.wuhealth.knowledge.cvrf.CvrfFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code wuhealth kb update}: fetches the CVRF documents the knowledge lacks from MSRC's API (or
 * takes them from a folder, for sites without Internet access) and writes the overlay that every
 * command reads on top of the bundled tables.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Refreshes the update knowledge: fetches the CVRF documents it lacks from MSRC's CVRF API"
          + " (proxy from HTTPS_PROXY / NO_PROXY), or reads them from --from DIR, and writes the"
          + " overlay in --knowledge DIR that every command reads on top of the bundled tables."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the overlay was written, or it was already current",
      "2:offline, a bad document, or a usage error (the previous overlay is left as it was)",
      "3:internal error"
    })
public final class KbUpdateCommand implements Callable<Integer> {
  @ParentCommand KbCommand parent;

  @Option(
      names = "--from",
      paramLabel = "DIR",
      description =
          "Read CVRF documents (XML or JSON; plain, xz or zip) from this folder instead of the"
              + " Internet, e.g. copied from a machine that can reach api.msrc.microsoft.com.")
  Path from;

  @Option(
      names = "--api",
      paramLabel = "URL",
      description = "The CVRF API (default: ${DEFAULT-VALUE}).",
      defaultValue = "https://api.msrc.microsoft.com/cvrf/v3.0/")
  URI api;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Give up on a request after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM",
      description =
          "Fetch no document released before this month (default: the first month of the bundled"
              + " knowledge).")
  String since;

  @Override
  public Integer call() {
    Io io = parent.io();
    Path dir = parent.root().knowledgeDir();
    if (dir == null) {
      throw new UserError(
          "no folder for the update knowledge: give --knowledge DIR (the"
              + " environment has no ProgramData, XDG_DATA_HOME or HOME)");
    }
    if (timeoutSeconds < 1) {
      throw new UserError("--timeout must be at least 1 second");
    }
    KnowledgeOverlay previous = null;
    try {
      previous = KnowledgeOverlay.load(dir).orElse(null);
    } catch (KnowledgeOverlay.Refused e) {
      io.err().println(Diagnostics.warning(e.getMessage() + "; it will be replaced"));
    }
    List<org.wuhealth.knowledge.OsRelease> catalogue = Knowledge.get().os().all();
    KnowledgeBuild build = new KnowledgeBuild(catalogue, ProductMap.bundled(catalogue));
    KnowledgeUpdate update = new KnowledgeUpdate(dir, Knowledge.get(), previous);
    long start = System.nanoTime();
    List<DocumentDigest> fresh;
    try {
      fresh = from != null ? fromFolder(build) : fromApi(io, build, update);
    } catch (CvrfException e) {
      throw new UserError("" + e.getMessage());
    } catch (CvrfApi.Unreachable e) {
      throw new UserError(
          ""
              + e.getMessage()
              + "; check the network or the proxy (HTTPS_PROXY, NO_PROXY), or copy the CVRF"
              + " documents in and use --from DIR");
    } catch (IllegalArgumentException e) {
      throw new UserError("" + e.getMessage());
    }
    if (fresh.isEmpty()) {
      io.out()
          .println(
              "the update knowledge is current: "
                  + parent.root().knowledge().edition().describe()
                  + (from != null ? " (" + from + " holds no CVRF document)" : ""));
      return ExitCodes.OK;
    }
    try {
      KnowledgeUpdate.Outcome outcome = update.apply(fresh, build, LocalDate.now(ZoneOffset.UTC));
      io.out()
          .printf(
              "read %d CVRF document(s) in %.1f s: %s%n",
              fresh.size(),
              (System.nanoTime() - start) / 1e9,
              String.join(", ", fresh.stream().map(DocumentDigest::id).toList()));
      outcome
          .result()
          .leftOut()
          .forEach((kb, why) -> io.out().println("  left out " + kb + ": " + why));
      if (!outcome.result().unknownProducts().isEmpty()) {
        io.out()
            .println(
                "  Windows products msrc-products.csv does not place (not guessed): "
                    + String.join(", ", outcome.result().unknownProducts().keySet()));
      }
      io.out()
          .println(
              "wrote "
                  + dir
                  + ": "
                  + outcome.added()
                  + " rows the bundled tables lack; "
                  + Knowledge.withOverlay(KnowledgeOverlay.load(dir).orElseThrow())
                      .edition()
                      .describe());
      return ExitCodes.OK;
    } catch (CvrfException e) {
      throw new UserError("" + e.getMessage());
    } catch (IOException e) {
      throw new UserError("cannot write the knowledge folder: " + FileKinds.withPath(e));
    } catch (KnowledgeOverlay.Refused e) {
      throw new IllegalStateException("the overlay just written is refused: " + e.getMessage(), e);
    }
  }

  private List<DocumentDigest> fromFolder(KnowledgeBuild build) throws CvrfException {
    return build.read(CvrfFiles.expand(List.of(from)), Runtime.getRuntime().availableProcessors());
  }

  private List<DocumentDigest> fromApi(Io io, KnowledgeBuild build, KnowledgeUpdate update)
      throws CvrfApi.Unreachable, CvrfException {
    YearMonth first;
    try {
      first = since == null ? update.firstBundledMonth() : YearMonth.parse(since);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--since must be YYYY-MM; got '" + since + "'");
    }
    CvrfApi cvrf =
        new CvrfApi(api, Duration.ofSeconds(timeoutSeconds), ProxySettings.from(io.env()));
    List<String> wanted = update.wanted(cvrf.list(), first);
    List<DocumentDigest> fresh = new ArrayList<>();
    for (String id : wanted) {
      io.err().println(Diagnostics.note("kb update: fetching " + id));
      fresh.add(build.digest(cvrf.document(id)));
    }
    return fresh;
  }
}
