package org.wuhealth.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.JsonLocationAware;

/** Where a JSON node was in its source text, when the tree was parsed with locations. */
final class Locations {
  private Locations() {}

  /** The node's start, or null for trees built without locations. */
  static JsonLocation of(JsonNode node) {
    return node instanceof JsonLocationAware aware ? aware.tokenLocation() : null;
  }
}
