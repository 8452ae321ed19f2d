package org.wuhealth.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.facts.OsInfo;
import org.wuhealth.facts.Snapshot;
import org.wuhealth.facts.UpdatePolicy;
import org.wuhealth.facts.WindowsUpdate;
import org.wuhealth.facts.WireValue;
import org.wuhealth.facts.Wsus;

/**
 * Writes a snapshot as format v1 JSON: members in contract order, nulls omitted (a missing member
 * and a null both mean "not collected"), two-space indent, LF line ends. The output of {@code
 * import} and {@code collect}, and what {@link SnapshotReader} reads back unchanged.
 */
public final class SnapshotWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotWriter() {}

  public static String write(Snapshot s) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", s.schemaVersion());
    put(root, "collectedAt", s.collectedAt());
    if (s.collector() != null) {
      ObjectNode c = root.putObject("collector");
      put(c, "name", s.collector().name());
      put(c, "version", s.collector().version());
      put(c, "mode", s.collector().mode());
      list(
          c,
          "sources",
          s.collector().sources(),
          (o, r) -> {
            put(o, "name", r.name());
            if (r.durationMs() != null) {
              o.put("durationMs", r.durationMs());
            }
            put(o, "outcome", r.outcome());
          });
    }
    if (s.host() != null) {
      ObjectNode h = root.putObject("host");
      put(h, "name", s.host().name());
      put(h, "domain", s.host().domain());
    }
    os(root.putObject("os"), s.os());
    list(
        root,
        "updates",
        s.updates(),
        (o, u) -> {
          put(o, "kb", u.kb());
          put(o, "installedOn", u.installedOn());
          put(o, "description", u.description());
          put(o, "source", u.source());
        });
    list(
        root,
        "packages",
        s.packages(),
        (o, p) -> {
          put(o, "identity", p.identity());
          put(o, "kb", p.kb());
          put(o, "state", p.state());
        });
    if (s.servicingStack() != null) {
      put(root.putObject("servicingStack"), "version", s.servicingStack().version());
    }
    list(
        root,
        "services",
        s.services(),
        (o, v) -> {
          put(o, "name", v.name());
          put(o, "displayName", v.displayName());
          put(o, "state", v.state());
          put(o, "startType", v.startType());
        });
    if (s.pendingReboot() != null) {
      list(
          root.putObject("pendingReboot"),
          "signals",
          s.pendingReboot().signals(),
          (o, r) -> {
            put(o, "signal", r.signal());
            put(o, "detail", r.detail());
          });
    }
    if (s.windowsUpdate() != null) {
      windowsUpdate(root.putObject("windowsUpdate"), s.windowsUpdate());
    }
    if (s.wsus() != null) {
      wsus(root.putObject("wsus"), s.wsus());
    }
    list(
        root,
        "installAttempts",
        s.installAttempts(),
        (o, a) -> {
          put(o, "time", a.time());
          put(o, "package", a.packageName());
          put(o, "kb", a.kb());
          put(o, "architecture", a.architecture());
          put(o, "result", a.result());
          put(o, "code", a.code());
          put(o, "via", a.via());
        });
    list(
        root,
        "events",
        s.events(),
        (o, e) -> {
          put(o, "time", e.time());
          put(o, "source", e.source());
          if (e.eventId() != null) {
            o.put("eventId", e.eventId());
          }
          put(o, "code", e.code());
          put(o, "message", e.message());
          put(o, "kb", e.kb());
        });
    if (s.componentStore() != null) {
      ObjectNode c = root.putObject("componentStore");
      put(c, "health", s.componentStore().health());
      strings(c, "evidence", s.componentStore().evidence());
    }
    if (s.disk() != null) {
      ObjectNode d = root.putObject("disk");
      if (s.disk().systemDriveFreeBytes() != null) {
        d.put("systemDriveFreeBytes", s.disk().systemDriveFreeBytes());
      }
    }
    list(root, "collectionIssues", s.collectionIssues(), SnapshotWriter::collectionIssue);
    list(
        root,
        "provenance",
        s.provenance(),
        (o, p) -> {
          put(o, "fact", p.fact());
          put(o, "file", p.file());
          put(o, "format", p.format());
          putInt(o, "line", p.line());
        });
    return pretty(root);
  }

  /** Two-space indented JSON with "name": value spacing and LF line ends, plus a final newline. */
  public static String pretty(Object tree) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }

  private static void os(ObjectNode o, OsInfo os) {
    put(o, "productName", os.productName());
    put(o, "version", os.version());
    o.put("build", os.build());
    if (os.ubr() != null) {
      o.put("ubr", os.ubr());
    }
    put(o, "productType", os.productType());
    put(o, "installationType", os.installationType());
    put(o, "editionId", os.editionId());
    put(o, "displayVersion", os.displayVersion());
    put(o, "architecture", os.architecture());
    put(o, "lastBootTime", os.lastBootTime());
  }

  private static void windowsUpdate(ObjectNode w, WindowsUpdate wu) {
    if (wu.policy() != null) {
      policy(w.putObject("policy"), wu.policy());
    }
    if (wu.pause() != null) {
      ObjectNode p = w.putObject("pause");
      put(p, "qualityUpdatesPausedUntil", wu.pause().qualityUpdatesPausedUntil());
      put(p, "featureUpdatesPausedUntil", wu.pause().featureUpdatesPausedUntil());
    }
    if (wu.lastScan() != null) {
      ObjectNode s = w.putObject("lastScan");
      put(s, "time", wu.lastScan().time());
      put(s, "result", wu.lastScan().result());
      put(s, "source", wu.lastScan().source());
    }
    put(w, "susClientId", wu.susClientId());
    if (wu.updateHealthTools() != null) {
      ObjectNode u = w.putObject("updateHealthTools");
      put(u, "installed", wu.updateHealthTools().installed());
      put(u, "version", wu.updateHealthTools().version());
    }
    strings(w, "safeguardHolds", wu.safeguardHolds());
    list(
        w,
        "deployments",
        wu.deployments(),
        (o, d) -> {
          put(o, "update", d.update());
          put(o, "category", d.category());
          put(o, "state", d.state());
          put(o, "expedited", d.expedited());
        });
    if (wu.enrollment() != null) {
      ObjectNode e = w.putObject("enrollment");
      put(e, "featureUpdates", wu.enrollment().featureUpdates());
      put(e, "qualityUpdates", wu.enrollment().qualityUpdates());
      put(e, "azureAdDeviceRegistered", wu.enrollment().azureAdDeviceRegistered());
      strings(e, "registrationErrors", wu.enrollment().registrationErrors());
    }
  }

  private static void policy(ObjectNode o, UpdatePolicy p) {
    put(o, "wuServer", p.wuServer());
    put(o, "wuStatusServer", p.wuStatusServer());
    put(o, "useWuServer", p.useWuServer());
    put(o, "noAutoUpdate", p.noAutoUpdate());
    putInt(o, "auOptions", p.auOptions());
    putInt(o, "deferQualityUpdatesDays", p.deferQualityUpdatesDays());
    putInt(o, "deferFeatureUpdatesDays", p.deferFeatureUpdatesDays());
    put(o, "pauseQualityUpdatesStartTime", p.pauseQualityUpdatesStartTime());
    put(o, "pauseFeatureUpdatesStartTime", p.pauseFeatureUpdatesStartTime());
    put(o, "targetReleaseVersion", p.targetReleaseVersion());
    put(o, "disableWufbSafeguards", p.disableWufbSafeguards());
  }

  private static void wsus(ObjectNode o, Wsus w) {
    put(o, "role", w.role());
    put(o, "version", w.version());
    if (w.clientWebService() != null) {
      ObjectNode c = o.putObject("clientWebService");
      putInt(c, "maxInstalledPrerequisites", w.clientWebService().maxInstalledPrerequisites());
      putInt(c, "maxCachedUpdates", w.clientWebService().maxCachedUpdates());
    }
    list(
        o,
        "sites",
        w.sites(),
        (n, s) -> {
          put(n, "name", s.name());
          put(n, "state", s.state());
          putInt(n, "port", s.port());
        });
    if (w.iisLog() != null) {
      iisLog(o.putObject("iisLog"), w.iisLog());
    }
    if (w.configMgr() != null) {
      ObjectNode c = o.putObject("configMgr");
      put(c, "siteServer", w.configMgr().siteServer());
      put(c, "remoteSoftwareUpdatePoint", w.configMgr().remoteSoftwareUpdatePoint());
      put(c, "wsusConsoleInstalled", w.configMgr().wsusConsoleInstalled());
    }
    put(o, "contentDir", w.contentDir());
  }

  private static void iisLog(ObjectNode o, IisLogSummary l) {
    put(o, "from", l.from());
    put(o, "to", l.to());
    if (l.requests() != null) {
      o.put("requests", l.requests());
    }
    if (l.serverErrors() != null) {
      o.put("serverErrors", l.serverErrors());
    }
    list(
        o,
        "topErrors",
        l.topErrors(),
        (n, e) -> {
          n.put("status", e.status());
          n.put("path", e.path());
          n.put("count", e.count());
        });
  }

  private static void collectionIssue(ObjectNode o, CollectionIssue i) {
    put(o, "source", i.source());
    put(o, "message", i.message());
    put(o, "code", i.code());
    put(o, "section", i.section());
  }

  private static <T> void list(
      ObjectNode parent, String name, List<T> items, BiConsumer<ObjectNode, T> writer) {
    if (items == null) {
      return;
    }
    ArrayNode array = parent.putArray(name);
    for (T item : items) {
      writer.accept(array.addObject(), item);
    }
  }

  private static void strings(ObjectNode parent, String name, List<String> items) {
    if (items != null) {
      ArrayNode array = parent.putArray(name);
      items.forEach(array::add);
    }
  }

  private static void put(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static void put(ObjectNode o, String name, Boolean value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static void putInt(ObjectNode o, String name, Integer value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static void put(ObjectNode o, String name, WireValue value) {
    if (value != null) {
      o.put(name, value.wire());
    }
  }

  private static void put(ObjectNode o, String name, Instant value) {
    if (value != null) {
      o.put(name, value.toString());
    }
  }

  private static void put(ObjectNode o, String name, LocalDate value) {
    if (value != null) {
      o.put(name, value.toString());
    }
  }
}
