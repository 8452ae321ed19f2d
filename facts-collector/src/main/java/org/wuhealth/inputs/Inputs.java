package org.wuhealth.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wuhealth.importers.FileType;
import org.wuhealth.importers.FormatDetector;
import org.wuhealth.importers.HostIdentity;
import org.wuhealth.importers.ImportResult;
import org.wuhealth.importers.Importer;
import org.wuhealth.importers.bundle.Bundle;
import org.wuhealth.importers.bundle.DiskFile;
import org.wuhealth.inputs.HostGrouping.Ambiguous;
import org.wuhealth.inputs.HostGrouping.Candidate;
import org.wuhealth.inputs.HostGrouping.Group;
import org.wuhealth.inputs.HostInput.Exports;
import org.wuhealth.inputs.HostInput.Member;
import org.wuhealth.inputs.HostInput.SnapshotFile;
import org.wuhealth.io.AtomicFile;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.parsing.ImportLimits;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.parsing.SourceFile;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * The one way every command turns its PATH arguments into hosts: {@link #plan} finds what the
 * inputs hold (snapshot files, the raw exports of each host, files that are neither) without
 * reading any host, and {@link #load} reads one planned host; it may be called from several
 * threads. What makes a host:
 *
 * <ul>
 *   <li>a snapshot file (a JSON file with "schemaVersion", or any {@code .json} that is no export
 *       or report, so that a damaged snapshot is reported as one) is one host;
 *   <li>raw exports, in folders, zip archives or given one by one, are grouped by the host they
 *       describe ({@link HostGrouping}): a folder or zip whose exports all describe one host is
 *       that host's bundle, a share of many hosts' exports is many hosts;
 *   <li>wuhealth's own reports and batch outputs, and files that are no export, are skipped with
 *       the reason;
 *   <li>a batch's output folder is never an input: inside a folder being read, nothing in it is
 *       read; when it is the folder being read (or holds it), its outputs are left out, so that a
 *       second run does not read the first one's results.
 * </ul>
 */
public final class Inputs {
  /** Files whose heads are read in parallel before they are classified, in input order. */
  private static final int DETECTED_AT_ONCE = 4096;

  /** Detection looks at this much first; snapshots, the bulk of a fleet, are known by it. */
  private static final int QUICK_HEAD = 4096;

  private final SnapshotReader reader;
  private final Importer importer;
  private final ImportLimits limits;
  private final String toolVersion;
  private final Path outputFolder;
  private final Set<String> outputNames;

  /**
   * @param maxFileBytes files read whole larger than this are refused (logs are streamed)
   * @param toolVersion the version recorded in imported snapshots
   * @param outputFolder a batch's output folder, never an input, or null
   * @param outputNames the files the batch writes there
   */
  public Inputs(long maxFileBytes, String toolVersion, Path outputFolder, Set<String> outputNames) {
    this.reader = new SnapshotReader(maxFileBytes);
    this.limits = ImportLimits.withMaxFileBytes(maxFileBytes);
    this.importer = new Importer(limits);
    this.toolVersion = toolVersion;
    this.outputFolder = outputFolder == null ? null : outputFolder.toAbsolutePath().normalize();
    this.outputNames = Set.copyOf(outputNames);
  }

  public Inputs(long maxFileBytes, String toolVersion) {
    this(maxFileBytes, toolVersion, null, Set.of());
  }

  /**
   * What the arguments hold, in a stable order; reads file heads and raw exports, not snapshots.
   */
  public InputPlan plan(List<String> arguments) {
    Scan scan = new Scan(arguments.size() > 1);
    for (String argument : arguments) {
      try {
        scan.add(InputFiles.expand(argument));
      } catch (InputException e) {
        scan.problems.add(e);
      }
    }
    return scan.plan();
  }

  /** Reads one planned host: its snapshot, or an import of its exports. */
  public Loaded load(HostInput input) {
    if (input instanceof SnapshotFile s) {
      try {
        SnapshotReader.Loaded loaded = reader.read(Path.of(s.file()));
        return new Loaded.Ready(loaded.file(), loaded.snapshot(), loaded.warnings());
      } catch (InputException e) {
        return new Loaded.Failure(e);
      }
    }
    Exports exports = (Exports) input;
    try {
      ImportResult result = importExports(exports, new Importer.Options(toolVersion, null, null));
      return new Loaded.Ready(exports.source(), result.snapshot(), result.warnings());
    } catch (ImportException e) {
      return new Loaded.Failure(asInputError(e));
    }
  }

  /** An import error in the form every input error has. */
  private static InputException asInputError(ImportException e) {
    return new InputException(e.file(), e.line() == null ? null : e.line().toString(), e.reason());
  }

  /** Imports the exports of one host as {@code options} say (a host name or time to record). */
  public ImportResult importExports(Exports exports, Importer.Options options)
      throws ImportException {
    List<Path> paths = exports.files().stream().map(Member::path).distinct().toList();
    Set<String> wanted = exports.files().stream().map(Member::display).collect(Collectors.toSet());
    try (Bundle bundle = Bundle.of(paths, limits)) {
      List<SourceFile> files =
          bundle.files().stream().filter(f -> wanted.contains(f.name())).toList();
      return importer.importFiles(exports.source(), files, exports.skipped(), options);
    }
  }

  /** A file that is no host's, waiting to be reported with the host of its folder or alone. */
  private record PendingSkip(Skipped skipped, List<String> folders) {}

  /** The state of one planning run. */
  private final class Scan {
    final List<InputException> problems = new ArrayList<>();
    final PlannedHosts snapshots = new PlannedHosts();
    final Set<String> snapshotFolders = new HashSet<>();
    final List<Candidate> candidates = new ArrayList<>();
    final Map<Integer, Member> members = new HashMap<>();
    final List<PendingSkip> skips = new ArrayList<>();

    /** Folders listed by walking (argument folders, their subfolders, the inside of archives). */
    final Set<String> walked = new HashSet<>();

    /** Files already planned, kept only when several arguments may name one file twice. */
    final Set<Path> seen;

    int index;

    Scan(boolean severalArguments) {
      seen = severalArguments ? new HashSet<>() : null;
    }

    /**
     * Plans the files of one argument. Their heads are read in parallel (a fleet of snapshots costs
     * a head read per file, before any host is analysed); they are classified in order.
     */
    void add(InputFiles.Expansion expansion) {
      Path root = expansion.root().toAbsolutePath().normalize();
      // rows of the expansion, whose text is made into a Path for each step that needs one
      List<String> all = expansion.files();
      int[] kept = new int[all.size()];
      int keptCount = 0;
      for (int i = 0; i < all.size(); i++) {
        Path absolute = Path.of(all.get(i)).toAbsolutePath().normalize();
        if ((seen == null || seen.add(absolute)) && !isOutput(absolute, root)) {
          kept[keptCount++] = i;
        }
      }
      for (Skipped skipped : expansion.skipped()) {
        if (!isOutput(Path.of(skipped.file()).toAbsolutePath().normalize(), root)) {
          skips.add(new PendingSkip(skipped, folders(Path.of(skipped.file()), expansion, root)));
        }
      }
      problems.addAll(expansion.problems());
      // a chunk at a time, so that a fleet's detections do not all live until the last is made
      for (int from = 0; from < keptCount; from += DETECTED_AT_ONCE) {
        int[] chunk = Arrays.copyOfRange(kept, from, Math.min(keptCount, from + DETECTED_AT_ONCE));
        List<FormatDetector.Detection> kinds =
            Arrays.stream(chunk).parallel().mapToObj(i -> detect(Path.of(all.get(i)))).toList();
        for (int i = 0; i < chunk.length; i++) {
          Path file = Path.of(all.get(chunk[i]));
          classify(file, kinds.get(i), folders(file, expansion, root));
        }
      }
    }

    /**
     * True for what lies in the output folder when that folder is below {@code root}, and for the
     * outputs themselves (and their temporaries) when it is {@code root} or above it.
     */
    private boolean isOutput(Path file, Path root) {
      if (outputFolder == null || !file.startsWith(outputFolder)) {
        return false;
      }
      if (outputFolder.startsWith(root) && !outputFolder.equals(root)) {
        return true;
      }
      return outputFolder.equals(file.getParent())
          && (outputNames.contains(file.getFileName().toString()) || AtomicFile.isTemporary(file));
    }

    /**
     * The folders of {@code file}, nearest first, as the user wrote them: up to the folder named
     * (or the fixed part of a glob), or only its own folder when the file was named alone.
     */
    private List<String> folders(Path file, InputFiles.Expansion expansion, Path root) {
      Path parent = file.getParent();
      if (!expansion.walked() || parent == null) {
        return List.of(parent == null ? "." : parent.toString());
      }
      List<String> folders = new ArrayList<>();
      for (; parent != null; parent = parent.getParent()) {
        String folder = parent.toString();
        folders.add(folder);
        walked.add(folder);
        if (parent.equals(expansion.root()) || parent.toAbsolutePath().normalize().equals(root)) {
          break;
        }
      }
      return folders;
    }

    private void classify(Path file, FormatDetector.Detection kind, List<String> folders) {
      int at = index++;
      if (isSnapshot(kind, file)) {
        snapshots.addSnapshot(at, file);
        snapshotFolders.addAll(folders);
      } else if (kind.type() == FileType.ZIP) {
        archive(file, folders);
      } else if (!kind.known() || !kind.type().rawExport()) {
        String reason = kind.known() ? kind.type().notAnExport() : kind.reason();
        skips.add(new PendingSkip(new Skipped(file.toString(), reason), folders));
      } else {
        try {
          DiskFile disk = DiskFile.of(file);
          candidate(at, disk, kind.type(), new Member(file, disk.name()), folders);
        } catch (IOException e) {
          problems.add(new InputException(file.toString(), null, "cannot read: " + e.getMessage()));
        }
      }
    }

    private void candidate(
        int at, SourceFile file, FileType type, Member member, List<String> folders) {
      candidates.add(new Candidate(at, file.name(), folders, importer.identify(file, type)));
      members.put(at, member);
    }

    /** A zip archive is a folder: its entries are grouped like files. */
    private void archive(Path zip, List<String> folders) {
      String root = zip + "!";
      walked.add(root);
      List<String> zipFolders = new ArrayList<>();
      zipFolders.add(root);
      zipFolders.addAll(folders);
      try (Bundle bundle = Bundle.of(List.of(zip), limits)) {
        for (Skipped refused : bundle.skipped()) {
          skips.add(new PendingSkip(refused, zipFolders));
        }
        for (SourceFile entry : bundle.files()) {
          List<String> entryFolders = entryFolders(entry.name(), root, zipFolders);
          FormatDetector.Detection kind = detect(entry);
          int at = index++;
          if (!kind.known() || !kind.type().rawExport()) {
            String reason = kind.known() ? kind.type().notAnExport() : kind.reason();
            skips.add(new PendingSkip(new Skipped(entry.name(), reason), entryFolders));
          } else {
            candidate(at, entry, kind.type(), new Member(zip, entry.name()), entryFolders);
          }
        }
      } catch (ImportException e) {
        problems.add(asInputError(e));
      }
    }

    private List<String> entryFolders(String entry, String root, List<String> zipFolders) {
      List<String> folders = new ArrayList<>();
      String path = entry.substring(root.length() + 1);
      for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        String folder = root + "/" + path.substring(0, slash);
        folders.add(folder);
        walked.add(folder);
      }
      folders.addAll(zipFolders);
      return folders;
    }

    InputPlan plan() {
      HostGrouping.Result grouping = HostGrouping.group(candidates);
      Map<String, Set<Integer>> owners = owners(grouping);
      List<Group> groups = grouping.groups();
      Map<String, Integer> bundles = new HashMap<>();
      for (int g = 0; g < groups.size(); g++) {
        int position = g;
        bundleFolder(groups.get(g), g, owners).ifPresent(f -> bundles.put(f, position));
      }
      Map<Integer, List<Skipped>> attached = new HashMap<>();
      List<Skipped> skipped = new ArrayList<>();
      for (PendingSkip skip : skips) {
        Optional<Integer> host =
            skip.folders().stream().filter(bundles::containsKey).map(bundles::get).findFirst();
        if (host.isPresent()) {
          attached.computeIfAbsent(host.get(), g -> new ArrayList<>()).add(skip.skipped());
        } else {
          skipped.add(skip.skipped());
        }
      }
      List<Exports> exports = new ArrayList<>(groups.size());
      int[] exportPositions = new int[groups.size()];
      for (int g = 0; g < groups.size(); g++) {
        Group group = groups.get(g);
        Optional<String> bundle = bundleFolder(group, g, owners);
        exportPositions[g] = group.firstIndex();
        exports.add(
            new Exports(
                bundle.map(Scan::shown).orElseGet(() -> filesOf(group)),
                group.identity(),
                group.members().stream().map(m -> members.get(m.index())).toList(),
                attached.getOrDefault(g, List.of())));
      }
      for (Ambiguous a : grouping.ambiguous()) {
        problems.add(ambiguous(a));
      }
      // the groups come ordered by their first file (HostGrouping), the snapshots as planned
      List<HostInput> ordered = snapshots.inOrderWith(exports, exportPositions);
      return new InputPlan(ordered, problems, skipped);
    }

    /**
     * For each folder, the groups (by position) with a file in it; -1 marks a folder with a file
     * that could not be placed or a snapshot, which no group's bundle may hold.
     */
    private Map<String, Set<Integer>> owners(HostGrouping.Result grouping) {
      Map<String, Set<Integer>> owners = new HashMap<>();
      List<Group> groups = grouping.groups();
      for (int g = 0; g < groups.size(); g++) {
        for (Candidate c : groups.get(g).members()) {
          for (String folder : c.folders()) {
            owners.computeIfAbsent(folder, f -> new HashSet<>()).add(g);
          }
        }
      }
      List<String> others = new ArrayList<>(snapshotFolders);
      grouping.ambiguous().forEach(a -> others.addAll(a.file().folders()));
      for (String folder : others) {
        owners.computeIfAbsent(folder, f -> new HashSet<>()).add(-1);
      }
      return owners;
    }

    /**
     * The folder that is the group's bundle: the outermost listed folder or zip that holds its
     * files and no other host's ("cases/legacy2012r2", "host2.zip").
     */
    private Optional<String> bundleFolder(
        Group group, int position, Map<String, Set<Integer>> owners) {
      List<String> folders = group.members().get(0).folders();
      for (int i = folders.size() - 1; i >= 0; i--) {
        String folder = folders.get(i);
        if (walked.contains(folder)
            && owners.getOrDefault(folder, Set.of()).equals(Set.of(position))
            && group.members().stream().allMatch(m -> m.folders().contains(folder))) {
          return Optional.of(folder);
        }
      }
      return Optional.empty();
    }

    private static String shown(String folder) {
      return folder.endsWith("!") ? folder.substring(0, folder.length() - 1) : folder;
    }

    /** A group without a bundle folder is named by its file, or its files in their folder. */
    private String filesOf(Group group) {
      List<Candidate> files = group.members();
      if (files.size() == 1) {
        return files.get(0).display();
      }
      Optional<String> common =
          files.get(0).folders().stream()
              .filter(f -> files.stream().allMatch(m -> m.folders().contains(f)))
              .findFirst();
      if (common.isEmpty()) {
        return files.get(0).display() + " and " + (files.size() - 1) + " more";
      }
      String folder = common.get();
      List<String> names =
          files.stream()
              .map(
                  m ->
                      m.display().startsWith(folder + "/")
                          ? m.display().substring(folder.length() + 1)
                          : m.display())
              .toList();
      String shown =
          names.size() <= 4
              ? String.join(", ", names)
              : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
      return (folder.equals(".") ? "" : folder + "/") + "{" + shown + "}";
    }

    private InputException ambiguous(Ambiguous a) {
      List<String> hosts = a.candidates().stream().map(HostIdentity::describe).sorted().toList();
      String shown =
          hosts.size() <= 5
              ? String.join(", ", hosts)
              : String.join(", ", hosts.subList(0, 5)) + " and " + (hosts.size() - 5) + " more";
      return new InputException(
          a.file().display(),
          null,
          "names no host, and its folder holds "
              + hosts.size()
              + " hosts ("
              + shown
              + "), so it was left out; put it in a folder with only its host's files, or start"
              + " its name with the host name");
    }
  }

  private static boolean isSnapshot(FormatDetector.Detection kind, Path file) {
    if (kind.type() == FileType.SNAPSHOT) {
      return true;
    }
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    return json && !kind.known();
  }

  /**
   * The type of a file on disk from its head: the first {@value #QUICK_HEAD} bytes when they show a
   * snapshot (a fleet is mostly snapshots), else the head the detector needs.
   */
  static FormatDetector.Detection detect(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(QUICK_HEAD);
      if (head.length == QUICK_HEAD) {
        FormatDetector.Detection quick = FormatDetector.detect(head);
        if (quick.type() == FileType.SNAPSHOT || quick.type() == FileType.ZIP) {
          return quick;
        }
        byte[] rest = in.readNBytes(FormatDetector.HEAD_BYTES - QUICK_HEAD);
        head = Arrays.copyOf(head, QUICK_HEAD + rest.length);
        System.arraycopy(rest, 0, head, QUICK_HEAD, rest.length);
      }
      return FormatDetector.detect(head);
    } catch (IOException e) {
      return FormatDetector.Detection.unknown("cannot read: " + e.getMessage());
    }
  }

  private static FormatDetector.Detection detect(SourceFile file) {
    try (InputStream in = file.open()) {
      return FormatDetector.detect(in.readNBytes(FormatDetector.HEAD_BYTES));
    } catch (IOException e) {
      return FormatDetector.Detection.unknown("cannot read: " + e.getMessage());
    }
  }
}
