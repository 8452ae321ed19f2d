package org.wuhealth.importers.logs;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines with an error code that Windows writes on healthy machines, at Info level, and that an
 * engineer skips: each kind with why it is routine and where it was seen (docs/usage.md has the
 * same table). A routine line is counted, never an event; the same text at Error level is not
 * routine.
 */
final class RoutineLines {
  private RoutineLines() {}

  /**
   * One kind of routine line.
   *
   * @param name how the count of such lines is shown
   * @param message matched against the message of the line (after level and component)
   * @param why why it is routine
   * @param seenIn where a real example was seen
   */
  record Routine(String name, Pattern message, String why, String seenIn) {}

  private static final String LOGHUB = "loghub Windows_2k.log (CBS.log of Windows 7)";

  /** CBS.log. */
  static final List<Routine> CBS =
      List.of(
          new Routine(
              "SQM upload",
              Pattern.compile("^SQM: "),
              "the customer-experience (SQM) uploader could not send its reports (E_FAIL): no"
                  + " servicing operation is involved",
              LOGHUB + " lines 11-14"),
          new Routine(
              "manifest attribute warning 0x800F080D",
              Pattern.compile(
                  "^(?:Expecting attribute name|Failed to get next element)"
                      + " \\[HRESULT = 0x800f080d",
                  Pattern.CASE_INSENSITIVE),
              "follows \"Warning: Unrecognized packageExtended attribute.\": a package manifest"
                  + " carries an attribute this servicing stack does not know, and skips it",
              LOGHUB + " lines 26-28"),
          new Routine(
              "package probe 0x800F0805",
              Pattern.compile(
                  "^Failed to internally open package\\. \\[HRESULT = 0x800f0805",
                  Pattern.CASE_INSENSITIVE),
              "CBS_E_INVALID_PACKAGE while the Windows Update agent probes packages for"
                  + " applicability; the session goes on",
              LOGHUB + " line 131"),
          new Routine(
              "log backup 0x80070001",
              Pattern.compile("^Failed to create backup log cab\\.", Pattern.CASE_INSENSITIVE),
              "CBS could not compress an old log into a CbsPersist cab; logging goes on",
              LOGHUB + " line 936"));

  /** The routine kind of an Info line's {@code message}, if it is one. */
  static Optional<Routine> match(List<Routine> kinds, String message) {
    return kinds.stream().filter(r -> r.message().matcher(message).find()).findFirst();
  }
}
