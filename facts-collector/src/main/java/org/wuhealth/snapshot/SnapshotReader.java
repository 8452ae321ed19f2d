package org.wuhealth.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.io.FileKinds;

/**
 * Reads snapshot files: checks the size before reading, decodes UTF-8/UTF-16/UTF-32 with BOM,
 * parses JSON, validates against the v1 JSON Schema and maps onto the fact model. Every failure is
 * an {@link InputException} that names the file and the place. A valid document is parsed once,
 * bound from the parser's tokens and validated as it is bound ({@link TokenBinder} with {@link
 * BindingRules}: what the schema says, read from the annotations it is generated from); the JSON
 * tree, its locations and the JSON Schema validator serve only to explain why a document is refused
 * or to warn about an unknown member.
 */
public final class SnapshotReader {
  /** Default size limit: real snapshots are tens of KB, 64 MiB leaves room for huge logs. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /**
   * A member named twice is refused (which of the two would count is a guess an attacker could
   * pick); the source is not kept in locations, so no message can quote the document.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * The fast path's parser: {@link TokenBinder} leaves a document with a member named twice (and
   * the slow path refuses it), so the parser need not track every object's names as well.
   */
  private static final JsonFactory FAST = new JsonFactory();

  private final long maxBytes;

  public SnapshotReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public SnapshotReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** A snapshot and the warnings (unknown fields) met while reading it. */
  public record Loaded(String file, Snapshot snapshot, List<String> warnings) {}

  public Loaded read(Path path) throws InputException {
    String file = path.toString();
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        throw new InputException(file, null, FileKinds.notAFile(path));
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException(
            file,
            null,
            "file is "
                + size
                + " bytes, over the limit of "
                + maxBytes
                + " bytes (raise it with --max-file-size)");
      }
      // bounded: the file may have grown since its size was read
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file, null, "no such file or directory");
    } catch (IOException e) {
      throw new InputException(file, null, "cannot read: " + FileKinds.describe(e));
    }
    return read(file, bytes);
  }

  /** Reads a document already in memory; {@code file} is only used in messages. */
  public Loaded read(String file, byte[] bytes) throws InputException {
    if (bytes.length > maxBytes) {
      throw new InputException(file, null, "document is over the limit of " + maxBytes + " bytes");
    }
    int utf8 = TextDecoder.utf8Start(bytes);
    if (utf8 >= 0) {
      Loaded fast = readValid(file, () -> FAST.createParser(bytes, utf8, bytes.length - utf8));
      if (fast != null) {
        return fast;
      }
    }
    String text;
    try {
      text = TextDecoder.decode(bytes);
    } catch (TextDecoder.DecodingException e) {
      throw new InputException(file, null, e.getMessage());
    }
    if (utf8 < 0) {
      Loaded fast = readValid(file, () -> FAST.createParser(text));
      if (fast != null) {
        return fast;
      }
    }
    JsonNode root = parse(file, text);
    List<SnapshotSchema.Violation> violations = SnapshotSchema.validate(root);
    if (!violations.isEmpty()) {
      throw schemaError(file, root, violations);
    }
    MappingContext context = new MappingContext(file);
    try {
      Snapshot snapshot = SnapshotMapper.map(root, context);
      return new Loaded(file, snapshot, context.warnings());
    } catch (MappingContext.MappingFailure failure) {
      throw failure.cause;
    }
  }

  /**
   * The fast path for the common case, a valid document without unknown members: bound from the
   * parser's tokens ({@link TokenBinder}), without a tree or the location of every node. Returns
   * null when the document has a problem; the caller then reads it again with locations, so that
   * the message names the line and column. A valid UTF-8 document is parsed from its bytes, without
   * a string of the whole file.
   */
  private static Loaded readValid(String file, ParserSource source) {
    try (JsonParser parser = source.open()) {
      Snapshot snapshot = TokenBinder.bind(parser);
      return snapshot == null ? null : new Loaded(file, snapshot, List.of());
    } catch (IOException e) {
      return null;
    }
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private static JsonNode parse(String file, String text) throws InputException {
    if (text.isBlank()) {
      throw new InputException(file, null, "empty file; expected a JSON snapshot object");
    }
    refuseTrailingData(file, text);
    try {
      JsonNode root = JsonNodes.readTree(JSON, text, LocationJsonNodeFactoryFactory.getInstance());
      if (root == null || root.isMissingNode()) {
        throw new InputException(file, null, "empty file; expected a JSON snapshot object");
      }
      return root;
    } catch (IllegalArgumentException e) {
      // JsonNodes wraps Jackson's parse exception.
      if (e.getCause() instanceof JsonProcessingException jpe) {
        throw malformed(file, text, jpe);
      }
      throw new InputException(file, null, "malformed JSON");
    }
  }

  /**
   * A snapshot file is one JSON document: anything after it (a second document, appended text) is
   * refused at its place rather than silently dropped. A document that is itself malformed is left
   * to the full parse, which names its problem.
   */
  private static void refuseTrailingData(String file, String text) throws InputException {
    try (JsonParser parser = JSON.createParser(text)) {
      try {
        parser.nextToken();
        parser.skipChildren();
      } catch (JsonProcessingException e) {
        return;
      }
      JsonLocation end = parser.currentLocation();
      try {
        if (parser.nextToken() == null) {
          return;
        }
        end = parser.currentTokenLocation();
      } catch (JsonProcessingException e) {
        end = e.getLocation() == null ? end : e.getLocation();
      }
      throw new InputException(
          file,
          end.getLineNr() + ":" + end.getColumnNr(),
          "data after the end of the snapshot document; a snapshot file holds one JSON object");
    } catch (IOException e) {
      throw new InputException(file, null, "malformed JSON");
    }
  }

  private static InputException malformed(String file, String text, JsonProcessingException e) {
    String pointer = JsonProblems.duplicatePointer(e);
    String place = JsonProblems.place(e) != null ? JsonProblems.place(e) : failingPlace(text);
    if (pointer != null) {
      place = place == null ? pointer : pointer + " (line " + place.replace(":", ", column ") + ")";
    }
    return new InputException(file, place, "malformed JSON: " + JsonProblems.reason(e));
  }

  /**
   * Where a plain token-by-token read stops: Jackson's limits (nesting depth, number length) are
   * reported without a location, the parser still knows it.
   */
  private static String failingPlace(String text) {
    JsonParser parser = null;
    try {
      parser = JSON.createParser(text);
      while (parser.nextToken() != null) {
        // read to the failure
      }
      return null;
    } catch (IOException e) {
      if (parser == null) {
        return null;
      }
      JsonLocation at = parser.currentLocation();
      return at.getLineNr() + ":" + at.getColumnNr();
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException e) {
          // a string parser has nothing to release
        }
      }
    }
  }

  private static InputException schemaError(
      String file, JsonNode root, List<SnapshotSchema.Violation> violations) {
    SnapshotSchema.Violation first = violations.get(0);
    JsonNode node = first.pointer().isEmpty() ? root : root.at(first.pointer());
    String more =
        violations.size() > 1 ? " (and " + (violations.size() - 1) + " more schema errors)" : "";
    return new InputException(
        file,
        MappingContext.place(node.isMissingNode() ? first.node() : node, first.pointer()),
        first.message() + more);
  }
}
