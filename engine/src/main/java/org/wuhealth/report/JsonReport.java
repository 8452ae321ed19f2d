package org.wuhealth.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.KnowledgeState;
import org.wuhealth.engine.SkippedCheck;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.knowledge.KnowledgeEdition;
import org.wuhealth.rules.catalog.Requirement;
import org.wuhealth.snapshot.SnapshotWriter;

/**
 * The JSON report: a stable, documented shape for programs (see docs/usage.md, "The JSON report").
 * Members appear in a fixed order and nothing depends on the wall clock, so the same input always
 * gives byte-identical output.
 */
public final class JsonReport {
  /** Version of the report shape; bumped only on incompatible changes. */
  public static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  /** One input that could not be analyzed. */
  public record InputError(String file, String message) {}

  /**
   * @param explain add each finding's matched facts ({@code "matched"}), for rule authors
   */
  public static String render(
      String version, List<AnalysisResult> results, List<InputError> errors, boolean explain) {
    ObjectNode root = header(version, "reportFormat", FORMAT_VERSION);
    ArrayNode items = root.putArray("results");
    for (AnalysisResult r : results) {
      items.add(result(r, explain));
    }
    ArrayNode errorNodes = root.putArray("errors");
    for (InputError e : errors) {
      errorNodes.addObject().put("file", e.file()).put("message", e.message());
    }
    ArrayNode hints = root.putArray("hints");
    long newer = results.stream().filter(r -> r.knowledge().hostIsNewer()).count();
    if (newer > 0) {
      hints.add(KnowledgeHint.text(newer, results.size()));
    }
    return SnapshotWriter.pretty(root);
  }

  /**
   * The members every JSON document wuhealth writes starts with: the tool, its version and the
   * version of the document's shape, under {@code formatMember}.
   */
  public static ObjectNode header(String version, String formatMember, int formatVersion) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("tool", "wuhealth");
    root.put("version", version);
    root.put(formatMember, formatVersion);
    return root;
  }

  private static ObjectNode result(AnalysisResult r, boolean explain) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    identity(n, r);
    ObjectNode summary = n.putObject("summary");
    summary.put("findings", r.findings().size());
    putText(summary, "worstSeverity", r.worstSeverity().map(s -> s.label()).orElse(null));
    summary.put("skippedChecks", r.skipped().size());
    ArrayNode findings = n.putArray("findings");
    int rank = 1;
    for (Finding f : r.findings()) {
      findings.add(FindingJson.node(f, rank++, FindingJson.Shape.REPORT, explain));
    }
    ArrayNode skipped = n.putArray("skippedChecks");
    for (SkippedCheck s : r.skipped()) {
      ObjectNode sn = skipped.addObject();
      sn.put("ruleId", s.ruleId());
      sn.put("title", s.title());
      strings(sn, "missing", s.missing().stream().map(Requirement::text).toList());
      putText(sn, "reason", s.reason());
    }
    strings(n, "warnings", r.warnings());
    n.set("knowledge", knowledge(r.knowledge()));
    return n;
  }

  /** How current the update knowledge was for this analysis (docs/usage.md, the JSON report). */
  static ObjectNode knowledge(KnowledgeState k) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    KnowledgeEdition e = k.edition();
    n.put("updatesTo", e.updatesTo().toString());
    n.put("newestUpdate", e.newestUpdate().toString());
    n.put("origin", e.bundled() ? "bundled" : "updated");
    putText(n, "updatedOn", e.updatedOn() == null ? null : e.updatedOn().toString());
    n.put("ageDays", k.ageDays());
    n.put("hostIsNewer", k.hostIsNewer());
    strings(n, "newerOnHost", k.newerOnHost());
    return n;
  }

  /** source, host, os, collectedAt and evaluatedAt of one analysis, in report order. */
  static void identity(ObjectNode n, AnalysisResult r) {
    n.put("source", r.source());
    ObjectNode host = n.putObject("host");
    host.put("name", r.snapshot().hostName());
    putText(host, "domain", r.snapshot().host() == null ? null : r.snapshot().host().domain());
    OsInfo os = r.snapshot().os();
    ObjectNode osNode = n.putObject("os");
    putText(osNode, "productName", os.productName());
    putText(osNode, "version", os.version());
    putText(osNode, "displayVersion", os.displayVersion());
    osNode.put("build", os.build());
    if (os.ubr() != null) {
      osNode.put("ubr", os.ubr());
    }
    putText(osNode, "architecture", os.architecture() == null ? null : os.architecture().wire());
    n.put("collectedAt", r.snapshot().collectedAt().toString());
    n.put("evaluatedAt", r.evaluatedAt().toString());
    n.put("asOf", TextReport.asOf(r));
  }

  static void strings(ObjectNode n, String name, List<String> values) {
    ArrayNode a = n.putArray(name);
    values.forEach(a::add);
  }

  static void putText(ObjectNode n, String name, String value) {
    if (value == null) {
      n.putNull(name);
    } else {
      n.put(name, value);
    }
  }
}
