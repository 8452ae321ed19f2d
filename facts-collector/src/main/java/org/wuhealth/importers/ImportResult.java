package org.wuhealth.importers;

import java.util.List;
import java.util.stream.Stream;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.parsing.Skipped;

/**
 * An imported snapshot with what was read, what was skipped and why, and notes on how facts were
 * placed (the time zone used for local log times, where collectedAt came from).
 */
public record ImportResult(
    Snapshot snapshot, List<Imported> imported, List<Skipped> skipped, List<String> notes) {

  public ImportResult {
    imported = List.copyOf(imported);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /** A file that was read, as what, in which encoding. */
  public record Imported(String file, FileType type, String encoding) {
    @Override
    public String toString() {
      return file + ": " + type.description() + " (" + encoding + ")";
    }
  }

  /** Skipped files and notes, one line each, for the report's warnings. */
  public List<String> warnings() {
    return Stream.concat(skipped.stream().map(Skipped::toString), notes.stream()).toList();
  }
}
