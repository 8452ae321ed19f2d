package org.wuhealth.inputs;

import java.util.List;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.snapshot.InputException;

/** What reading one planned host gave: the host, or one line saying why it could not be read. */
public sealed interface Loaded {
  /**
   * A host ready to analyze.
   *
   * @param warnings unknown snapshot members, files skipped beside the exports, import notes
   */
  record Ready(String source, Snapshot snapshot, List<String> warnings) implements Loaded {
    public Ready {
      warnings = List.copyOf(warnings);
    }
  }

  /** An input that could not be read: one line naming the file and the place. */
  record Failure(InputException error) implements Loaded {}
}
