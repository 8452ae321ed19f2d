package org.wuhealth.importers.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.snapshot.JsonProblems;

/**
 * An export written as JSON (ConvertTo-Json, the Graph API), read as a tree; what is not JSON is
 * one import error with its line, in the words every JSON importer uses.
 */
public final class JsonExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonExport() {}

  public static JsonNode tree(String file, String text) throws ImportException {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ImportException(
          file, JsonProblems.line(e), "malformed JSON: " + JsonProblems.reason(e));
    }
  }
}
