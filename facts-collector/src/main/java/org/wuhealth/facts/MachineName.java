package org.wuhealth.facts;

/**
 * The machine's network name: its host name and the domain it belongs to (the snapshot's {@code
 * host} section). Both may be null when unknown.
 */
public record MachineName(String name, String domain) {

  /**
   * A host name that identifies a host, or null: blank, ".", "localhost" and names cut short by
   * Format-Table ("DESKTOP-OO...") do not.
   */
  public static String usableName(String name) {
    if (name == null) {
      return null;
    }
    String n = name.trim();
    if (n.isEmpty()
        || n.equals(".")
        || n.equalsIgnoreCase("localhost")
        || n.endsWith("...")
        || n.endsWith("…")) {
      return null;
    }
    return n;
  }
}
