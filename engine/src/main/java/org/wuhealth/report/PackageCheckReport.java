package org.wuhealth.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.wuhealth.engine.Finding;
import org.wuhealth.engine.PackageReport;
import org.wuhealth.engine.PackageVerdict;
import org.wuhealth.rules.api.PackageCheck;
import org.wuhealth.snapshot.SnapshotWriter;

/**
 * The reports of {@code wuhealth check-package}: per package its verdict, then the ranked causes
 * with their evidence, or what could not be checked. Text for people, JSON for programs (shape in
 * docs/usage.md); both from the same {@link PackageReport}.
 */
public final class PackageCheckReport {
  private PackageCheckReport() {}

  public static String text(PackageReport report, boolean color) {
    StringBuilder out = new StringBuilder();
    TextReport.header(out, report.analysis(), color);
    out.append("  ").append(KnowledgeHint.state(report.analysis().knowledge())).append('\n');
    for (PackageVerdict v : report.packages()) {
      out.append("  ").append(title(v)).append(": ").append(summary(v)).append('\n');
      if (!v.causes().isEmpty()) {
        TextReport.table(out, v.causes(), color, false);
      }
      if (v.verdict() != PackageVerdict.Verdict.NOT_APPLICABLE) {
        for (String n : v.notChecked()) {
          out.append("      not checked: ").append(n).append('\n');
        }
      }
    }
    for (String w : report.analysis().warnings()) {
      out.append("  warning: ").append(w).append('\n');
    }
    if (report.otherFindings() > 0) {
      out.append("  note: the snapshot has ")
          .append(report.otherFindings())
          .append(report.otherFindings() == 1 ? " other finding" : " other findings")
          .append(" about the host; see wuhealth analyze ")
          .append(report.analysis().source())
          .append('\n');
    }
    if (report.analysis().knowledge().hostIsNewer()) {
      out.append('\n').append(KnowledgeHint.text(1, 1)).append('\n');
    }
    return out.toString();
  }

  public static String json(
      String version, PackageReport report, List<JsonReport.InputError> errors) {
    ObjectNode root = JsonReport.header(version, "reportFormat", JsonReport.FORMAT_VERSION);
    root.put("command", "check-package");
    if (report == null) {
      root.putNull("snapshot");
      root.putArray("packages");
    } else {
      JsonReport.identity(root.putObject("snapshot"), report.analysis());
      ArrayNode packages = root.putArray("packages");
      report.packages().forEach(v -> packages.add(verdict(v)));
      root.put("otherFindings", report.otherFindings());
      JsonReport.strings(root, "warnings", report.analysis().warnings());
      root.set("knowledge", JsonReport.knowledge(report.analysis().knowledge()));
    }
    ArrayNode errorNodes = root.putArray("errors");
    for (JsonReport.InputError e : errors) {
      errorNodes.addObject().put("file", e.file()).put("message", e.message());
    }
    return SnapshotWriter.pretty(root);
  }

  private static ObjectNode verdict(PackageVerdict v) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("input", v.input());
    PackageCheck c = v.check();
    JsonReport.putText(n, "kb", c == null ? null : c.kb());
    JsonReport.putText(n, "prefix", c == null ? null : c.prefix());
    JsonReport.putText(n, "architecture", c == null ? null : c.archToken());
    n.put("verdict", v.verdict().label());
    JsonReport.putText(n, "problem", v.problem());
    ArrayNode causes = n.putArray("causes");
    int rank = 1;
    for (Finding finding : v.causes()) {
      causes.add(FindingJson.node(finding, rank++, FindingJson.Shape.REPORT, false));
    }
    JsonReport.strings(n, "notChecked", v.notChecked());
    return n;
  }

  /** "windows8.1-kb4041693-x64.msu (KB4041693, windows8.1, x64)" or "KB4041693". */
  private static String title(PackageVerdict v) {
    PackageCheck c = v.check();
    if (c == null || c.packageName() == null) {
      return v.input();
    }
    return v.input() + " (" + String.join(", ", c.kb(), c.prefix(), c.archToken()) + ")";
  }

  private static String summary(PackageVerdict v) {
    return switch (v.verdict()) {
      case NOT_APPLICABLE -> "not applicable";
      case APPLICABLE -> "applicable (none of the not-applicable causes applies)";
      case UNKNOWN -> "no cause found, but not every check could run";
      case UNPARSEABLE -> "cannot check: " + v.problem();
    };
  }
}
