package org.wuhealth.inputs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wuhealth.importers.HostIdentity;

/**
 * Groups the raw exports of the inputs by the host they describe, the way an admin reads a share
 * full of exports. Files that name a host group by host name, then build and architecture (the same
 * name at two builds is two captures, hence two hosts). A file that names no host (a bare qfe
 * table, a log) joins the one host of its folder; when its folder holds several hosts, it joins the
 * one its name or its subfolder names ({@code SRV01-qfe.txt}, {@code SRV01/CBS.log}) or whose files
 * share its name up to the last word ({@code srv_2012r2_qfe.txt} beside {@code
 * srv_2012r2_systeminfo.txt}); otherwise it is ambiguous and reported with the candidates. A
 * systeminfo or registry export that gives the build but no name is a host of its own unless its
 * folder holds exactly one host it agrees with. Pure: the caller reads the files.
 */
final class HostGrouping {
  private HostGrouping() {}

  /**
   * One raw export to place.
   *
   * @param index its position among all inputs, for a stable order
   * @param display the name shown to the user (a path, or "bundle.zip!/logs/CBS.log")
   * @param folders the folders that hold it, nearest first, up to the folder the user named (zip
   *     archives count as folders)
   */
  record Candidate(int index, String display, List<String> folders, HostIdentity identity) {
    Candidate {
      folders = List.copyOf(folders);
    }
  }

  /** The files of one host, in input order, and what they say about it together. */
  record Group(HostIdentity identity, List<Candidate> members) {
    Group {
      members = List.copyOf(members);
    }

    int firstIndex() {
      return members.get(0).index();
    }
  }

  /** A file that names no host, in a folder of several, which none of its names picks. */
  record Ambiguous(Candidate file, List<HostIdentity> candidates) {
    Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** The groups in the order of their first file, and the files that could not be placed. */
  record Result(List<Group> groups, List<Ambiguous> ambiguous) {
    Result {
      groups = List.copyOf(groups);
      ambiguous = List.copyOf(ambiguous);
    }
  }

  static Result group(List<Candidate> candidates) {
    Placement placement = new Placement();
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(
        Comparator.comparingInt(HostGrouping::rank)
            .thenComparing(c -> c.identity().architecture() == null)
            .thenComparingInt(Candidate::index));
    for (Candidate c : ordered) {
      placement.place(c);
    }
    return placement.result();
  }

  /**
   * Named files that give the build first, then named ones, then unnamed OS exports, then the rest.
   */
  private static int rank(Candidate c) {
    HostIdentity id = c.identity();
    if (id.named()) {
      return id.describesOs() ? 0 : 1;
    }
    return id.describesOs() ? 2 : 3;
  }

  private static final class Building {
    HostIdentity identity;
    final List<Candidate> members = new ArrayList<>();
    final Set<String> folders = new HashSet<>();

    Building(Candidate first) {
      identity = first.identity();
      add(first);
    }

    void add(Candidate c) {
      members.add(c);
      folders.addAll(c.folders());
      identity = identity.merge(c.identity());
    }

    Group group() {
      List<Candidate> sorted = new ArrayList<>(members);
      sorted.sort(Comparator.comparingInt(Candidate::index));
      return new Group(identity, sorted);
    }
  }

  private static final class Placement {
    final List<Building> groups = new ArrayList<>();
    final List<Ambiguous> ambiguous = new ArrayList<>();
    Building nameless;

    void place(Candidate c) {
      HostIdentity id = c.identity();
      if (id.named()) {
        placeNamed(c);
      } else if (id.describesOs()) {
        placeUnnamedOs(c);
      } else {
        placeSilent(c);
      }
    }

    private void placeNamed(Candidate c) {
      List<Building> same =
          groups.stream()
              .filter(g -> g.identity.named() && g.identity.compatible(c.identity()))
              .toList();
      if (same.isEmpty()) {
        groups.add(new Building(c));
      } else if (same.size() == 1) {
        same.get(0).add(c);
      } else {
        pick(c, same).ifPresentOrElse(g -> g.add(c), () -> ambiguous(c, same));
      }
    }

    /** Joins the only host of its folder when they agree, else it is a host of its own. */
    private void placeUnnamedOs(Candidate c) {
      List<Building> around = nearest(c);
      List<Building> agreeing =
          around.stream().filter(g -> g.identity.compatible(c.identity())).toList();
      Optional<Building> join =
          around.size() == 1
              ? agreeing.stream().findFirst()
              : agreeing.isEmpty() ? Optional.empty() : byName(c, agreeing);
      join.ifPresentOrElse(g -> g.add(c), () -> groups.add(new Building(c)));
    }

    private void placeSilent(Candidate c) {
      List<Building> around = nearest(c);
      if (around.isEmpty()) {
        if (nameless == null) {
          nameless = new Building(c);
          groups.add(nameless);
        } else {
          nameless.add(c);
        }
      } else if (around.size() == 1) {
        around.get(0).add(c);
      } else {
        byName(c, around).ifPresentOrElse(g -> g.add(c), () -> ambiguous(c, around));
      }
    }

    private void ambiguous(Candidate c, List<Building> candidates) {
      ambiguous.add(new Ambiguous(c, candidates.stream().map(g -> g.identity).toList()));
    }

    /** Narrows several hosts of one name (different builds) by folder, then by file name. */
    private Optional<Building> pick(Candidate c, List<Building> same) {
      for (String folder : c.folders()) {
        List<Building> here = same.stream().filter(g -> g.folders.contains(folder)).toList();
        if (here.size() == 1) {
          return Optional.of(here.get(0));
        }
        if (!here.isEmpty()) {
          return byName(c, here);
        }
      }
      return byName(c, same);
    }

    /** The groups with a file in the nearest folder of {@code c} that holds any. */
    private List<Building> nearest(Candidate c) {
      for (String folder : c.folders()) {
        List<Building> here = groups.stream().filter(g -> g.folders.contains(folder)).toList();
        if (!here.isEmpty()) {
          return here;
        }
      }
      return List.of();
    }

    /**
     * The one group among {@code among} that the file's names point to: its file name or a
     * subfolder it is in starts with the host name (the longest such name wins), or it shares its
     * file name, up to the last word, with the files of exactly one group.
     */
    private Optional<Building> byName(Candidate c, List<Building> among) {
      List<String> names = new ArrayList<>();
      names.add(baseName(c.display()));
      for (String folder : c.folders()) {
        if (among.stream().anyMatch(g -> g.folders.contains(folder))) {
          break;
        }
        names.add(lastSegment(folder));
      }
      int longest = 0;
      List<Building> byHost = new ArrayList<>();
      for (Building g : among) {
        String host = g.identity.name();
        if (host != null && names.stream().anyMatch(n -> startsWithWord(n, host))) {
          if (host.length() > longest) {
            longest = host.length();
            byHost.clear();
          }
          if (host.length() == longest) {
            byHost.add(g);
          }
        }
      }
      if (byHost.size() == 1) {
        return Optional.of(byHost.get(0));
      }
      String stem = stem(names.get(0));
      if (stem == null) {
        return Optional.empty();
      }
      List<Building> byStem =
          among.stream()
              .filter(
                  g ->
                      g.members.stream()
                          .anyMatch(m -> m != c && startsWithWord(baseName(m.display()), stem)))
              .toList();
      return byStem.size() == 1 ? Optional.of(byStem.get(0)) : Optional.empty();
    }

    Result result() {
      List<Group> built = new ArrayList<>(groups.stream().map(Building::group).toList());
      built.sort(Comparator.comparingInt(Group::firstIndex));
      List<Ambiguous> unplaced = new ArrayList<>(ambiguous);
      unplaced.sort(Comparator.comparingInt(a -> a.file().index()));
      return new Result(built, unplaced);
    }
  }

  private static final String SEPARATORS = "_-. ";

  /** True when {@code name} is {@code word}, or starts with it followed by a separator. */
  static boolean startsWithWord(String name, String word) {
    if (name.length() < word.length() || !name.regionMatches(true, 0, word, 0, word.length())) {
      return false;
    }
    return name.length() == word.length() || SEPARATORS.indexOf(name.charAt(word.length())) >= 0;
  }

  /** The file name without folders, archive and extension: "SRV01-qfe" of "x/SRV01-qfe.txt". */
  static String baseName(String display) {
    String name = lastSegment(display);
    int dot = name.lastIndexOf('.');
    return dot > 0 && name.length() - dot <= 6 ? name.substring(0, dot) : name;
  }

  private static String lastSegment(String path) {
    String p = path.replace('\\', '/');
    while (p.endsWith("/") || p.endsWith("!")) {
      p = p.substring(0, p.length() - 1);
    }
    int slash = p.lastIndexOf('/');
    return slash < 0 ? p : p.substring(slash + 1);
  }

  /**
   * The name without its last word ("srv_2012r2" of "srv_2012r2_qfe"), or null when that leaves
   * fewer than three characters.
   */
  static String stem(String base) {
    int cut = -1;
    for (int i = base.length() - 1; i > 0; i--) {
      if (SEPARATORS.indexOf(base.charAt(i)) >= 0) {
        cut = i;
        break;
      }
    }
    return cut < 3 ? null : base.substring(0, cut).toLowerCase(Locale.ROOT);
  }
}
