package org.wuhealth.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** State shared while one document is mapped: where nodes are, and the warnings so far. */
final class MappingContext {
  private final String file;
  private final List<String> warnings = new ArrayList<>();

  MappingContext(String file) {
    this.file = file;
  }

  /** An unchecked carrier for an {@link InputException}, so mapping lambdas stay simple. */
  static final class MappingFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final InputException cause;

    MappingFailure(InputException cause) {
      super(cause.getMessage(), null, false, false);
      this.cause = cause;
    }
  }

  MappingFailure error(JsonNode node, String pointer, String reason) {
    return new MappingFailure(new InputException(file, place(node, pointer), reason));
  }

  void warn(JsonNode node, String pointer, String message) {
    warnings.add(new InputException(file, place(node, pointer), message).getMessage());
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** "/os/build (line 7, column 14)" when the parser kept locations, else the pointer alone. */
  static String place(JsonNode node, String pointer) {
    String where = pointer.isEmpty() ? "(document root)" : pointer;
    JsonLocation location = node == null ? null : Locations.of(node);
    if (location == null || location.getLineNr() < 1) {
      return where;
    }
    return where + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** The pointer of a member; a name that looks like a credential is masked (see Excerpt). */
  static String child(String pointer, String name) {
    return pointer + "/" + Excerpt.name(name).replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
