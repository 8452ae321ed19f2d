package org.wuhealth.knowledge.overlay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.knowledge.KnowledgeOverlay;
import org.wuhealth.knowledge.build.KnowledgeBuild;
import org.wuhealth.knowledge.build.Table;

/**
 * Writes an overlay so that a reader never sees half of it: each table goes to a new file named
 * after its content, then edition.properties, which names the tables and their checksums, replaces
 * the old one in one rename; only then are the previous tables deleted. An interruption leaves the
 * previous overlay whole (or, the first time, a folder without edition.properties, which readers
 * refuse).
 */
public final class OverlayWriter {
  private static final Pattern OURS =
      Pattern.compile(
          "^(?:rollups|ssu|supersedence|documents)\\.[0-9a-f]{12}\\.csv$|^\\..+\\.tmp$");

  private OverlayWriter() {}

  /** Writes {@code tables} (the four of {@link KnowledgeOverlay#TABLES}) and the edition. */
  public static void write(Path dir, List<Table> tables, KnowledgeEdition edition)
      throws IOException {
    Files.createDirectories(dir);
    Map<String, String> names = new LinkedHashMap<>();
    for (Table t : tables) {
      byte[] bytes = KnowledgeBuild.render(t).getBytes(StandardCharsets.UTF_8);
      String sha = KnowledgeOverlay.sha256(bytes);
      String name = t.name().replace(".csv", "") + "." + sha.substring(0, 12) + ".csv";
      // Rewritten even when the name exists: a file damaged since would keep its old name.
      AtomicFiles.write(dir.resolve(name), bytes);
      names.put("table." + t.name(), name);
      names.put("sha256." + t.name(), sha);
    }
    AtomicFiles.write(dir.resolve(KnowledgeEdition.FILE), edition.write(names));
    Set<String> keep = Set.copyOf(names.values());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (OURS.matcher(name).matches() && !keep.contains(name)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
