package org.wuhealth.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.wuhealth.engine.FactDescription;
import org.wuhealth.engine.Finding;

/**
 * The one writer of a finding as JSON. Each output keeps the members and the order it documents
 * (docs/usage.md), so that programs reading it see no change: a shape lists them, and every member
 * is written here alone.
 */
public final class FindingJson {
  private static final ObjectMapper TREES = new ObjectMapper();

  /** A member of a finding, under its JSON name. */
  private enum Member {
    RANK,
    RULE_ID,
    TITLE,
    SYMPTOM,
    GUIDE,
    SEVERITY,
    CONFIDENCE,
    EXPLAINS,
    EVIDENCE,
    REMEDIATION,
    REFERENCES
  }

  /** Which members an output carries, in its order. */
  public enum Shape {
    /** {@code analyze --format json} and the causes of {@code check-package --format json}. */
    REPORT(
        List.of(
            Member.RANK,
            Member.RULE_ID,
            Member.TITLE,
            Member.SYMPTOM,
            Member.GUIDE,
            Member.SEVERITY,
            Member.CONFIDENCE,
            Member.EXPLAINS,
            Member.EVIDENCE,
            Member.REMEDIATION,
            Member.REFERENCES)),
    /** A line of the batch's {@code findings.jsonl}, after the host it is about. */
    LINE(
        List.of(
            Member.RANK,
            Member.RULE_ID,
            Member.TITLE,
            Member.SEVERITY,
            Member.CONFIDENCE,
            Member.SYMPTOM,
            Member.EXPLAINS,
            Member.EVIDENCE));

    private final List<Member> members;

    Shape(List<Member> members) {
      this.members = members;
    }
  }

  private FindingJson() {}

  /**
   * Writes the finding's members into the object {@code g} is in, so that an output can put its own
   * members first; with {@code matched}, the facts the rule matched last ({@code --explain}).
   */
  public static void members(JsonGenerator g, Finding f, int rank, Shape shape, boolean matched)
      throws IOException {
    for (Member member : shape.members) {
      switch (member) {
        case RANK -> g.writeNumberField("rank", rank);
        case RULE_ID -> g.writeStringField("ruleId", f.ruleId());
        case TITLE -> g.writeStringField("title", f.title());
        case SYMPTOM -> g.writeStringField("symptom", f.symptom().label());
        case GUIDE -> g.writeStringField("guide", f.guide());
        case SEVERITY -> g.writeStringField("severity", f.severity().label());
        case CONFIDENCE -> g.writeStringField("confidence", f.confidence().label());
        case EXPLAINS -> g.writeStringField("explains", f.explains());
        case EVIDENCE -> strings(g, "evidence", f.evidence());
        case REMEDIATION -> strings(g, "remediation", f.remediation());
        case REFERENCES -> strings(g, "references", f.references());
      }
    }
    if (matched) {
      strings(g, "matched", f.matched().stream().map(FactDescription::of).toList());
    }
  }

  /** The finding as a tree, for the reports that are built as one. */
  static ObjectNode node(Finding f, int rank, Shape shape, boolean matched) {
    try (TokenBuffer buffer = new TokenBuffer(TREES, false)) {
      buffer.writeStartObject();
      members(buffer, f, rank, shape, matched);
      buffer.writeEndObject();
      return TREES.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
