package org.wuhealth.inputs;

import java.nio.file.Path;
import java.util.List;
import org.wuhealth.importers.HostIdentity;
import org.wuhealth.parsing.Skipped;

/** One host the inputs hold, planned but not read yet: a snapshot file or the exports of a host. */
public sealed interface HostInput {
  /** What reports call the input: the file, the folder or zip of a bundle, or its files. */
  String source();

  /**
   * A snapshot file (format v1), kept as its path's text: a plan of 100,000 files held as {@code
   * Path}s (each with its cached name offsets and text) was about 40 MB of a batch's heap.
   */
  record SnapshotFile(String file) implements HostInput {
    public SnapshotFile(Path file) {
      this(file.toString());
    }

    @Override
    public String source() {
      return file;
    }
  }

  /**
   * The raw exports of one host.
   *
   * @param identity what the files say about the host together
   * @param files the files on disk and entries of zip archives, in input order
   * @param skipped files beside them that are no exports, reported with this host
   */
  record Exports(String source, HostIdentity identity, List<Member> files, List<Skipped> skipped)
      implements HostInput {
    public Exports {
      files = List.copyOf(files);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * A file of an export group: a file on disk, or an entry of a zip archive on disk.
   *
   * @param display the name shown in messages and provenance ("case.zip!/logs/CBS.log")
   */
  record Member(Path path, String display) {}
}
