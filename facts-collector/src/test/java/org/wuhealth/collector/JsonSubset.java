package org.wuhealth.collector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The comparison bench/wine/VerifyBench.java makes: every member of the expected document has the
 * same value in the actual one; objects member by member, arrays element by element and of the same
 * length. Returns the mismatches as JSON pointers.
 */
final class JsonSubset {
  private JsonSubset() {}

  static List<String> mismatches(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(
      String pointer, JsonNode expected, JsonNode actual, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(pointer + ": missing, expected " + expected);
    } else if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        compare(pointer + "/" + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(pointer + ": expected " + expected + ", got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(pointer + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(pointer + ": expected " + expected + ", got " + actual);
    }
  }
}
