package org.wuhealth.authoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wuhealth.rules.catalog.Requirement;

/**
 * A snapshot document with the facts a rule requires taken out, the way a host looks when they
 * could not be collected: every "without PATH" case (single-host and fleet) is built with it.
 */
public final class SnapshotWithout {
  private SnapshotWithout() {}

  /** Removes each of the requirement's dotted paths from {@code snapshot}, where present. */
  public static void remove(ObjectNode snapshot, Requirement requirement) {
    for (String path : requirement.paths()) {
      remove(snapshot, path);
    }
  }

  private static void remove(ObjectNode snapshot, String dotted) {
    String[] parts = dotted.split("\\.");
    ObjectNode node = snapshot;
    for (int i = 0; i < parts.length - 1; i++) {
      if (!(node.get(parts[i]) instanceof ObjectNode child)) {
        return;
      }
      node = child;
    }
    node.remove(parts[parts.length - 1]);
  }
}
