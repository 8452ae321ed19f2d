package org.wuhealth.parsing;

/** A file that was not imported, and why. */
public record Skipped(String file, String reason) {
  @Override
  public String toString() {
    return file + ": skipped: " + reason;
  }
}
