package org.wuhealth.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wuhealth.knowledge.KnowledgeEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code wuhealth kb status}: how current the update knowledge is, and where it comes from. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Shows how current the update knowledge is and where its overlay is.")
public final class KbStatusCommand implements Callable<Integer> {
  @ParentCommand KbCommand parent;

  @Override
  public Integer call() {
    Io io = parent.io();
    KnowledgeEdition edition = parent.root().knowledge().edition();
    io.out().println(edition.describe() + ", newest update " + edition.newestUpdate());
    List<String> ids = edition.documentIds();
    if (!ids.isEmpty()) {
      io.out()
          .println(
              "  "
                  + (edition.bundled() ? "built from " : "the overlay adds ")
                  + ids.size()
                  + " CVRF document(s), "
                  + ids.get(0)
                  + " to "
                  + ids.get(ids.size() - 1));
    }
    Path dir = parent.root().knowledgeDir();
    io.out()
        .println(
            "  overlay folder: "
                + (dir == null ? "none (no --knowledge, ProgramData, XDG_DATA_HOME or HOME)" : dir)
                + (!edition.bundled() || dir == null
                    ? ""
                    : parent.root().overlayRefused()
                        ? " (its overlay is refused)"
                        : " (no overlay there)"));
    return ExitCodes.OK;
  }
}
