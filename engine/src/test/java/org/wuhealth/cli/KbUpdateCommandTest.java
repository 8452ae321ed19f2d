package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb update} against a local HTTP server that serves recorded documents (no test touches the
 * network), from a folder, and what the overlay it writes does to findings.
 */
class KbUpdateCommandTest {
  private static final String SEPTEMBER = "cvrfDocument-2026-Sep-synthetic.json";
  private static final String HOST = "host-2022-patched-after-bundled.json";

  @TempDir Path temp;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private HttpServer server;

  static Path resource(String name) {
    try {
      return Path.of(KbUpdateCommandTest.class.getResource("/org/wuhealth/kb/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Serves updates.json and the synthetic September document, as the CVRF API would. */
  private String api(long delayMillis) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestURI().toString());
          String path = exchange.getRequestURI().getPath();
          Path body =
              switch (path) {
                case "/cvrf/v3.0/updates" -> resource("updates.json");
                case "/cvrf/v3.0/cvrf/2026-Sep" -> resource(SEPTEMBER);
                default -> null;
              };
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            byte[] bytes = Files.readAllBytes(body);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          }
          exchange.close();
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/cvrf/v3.0/";
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private Path folderWith(String... resources) throws IOException {
    Path dir = Files.createTempDirectory(temp, "from");
    for (String r : resources) {
      Files.copy(resource(r), dir.resolve(r));
    }
    return dir;
  }

  /** kb update from a folder of CVRF documents into this knowledge folder. */
  private static CliRunner.Run update(Path from, Path knowledge) {
    return CliRunner.run(
        "kb", "update", "--from", from.toString(), "--knowledge", knowledge.toString());
  }

  /** A local port that nothing listens on (it was just closed). */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path f : list.toList()) {
        all.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return all;
  }

  private static JsonNode finding(CliRunner.Run run, String ruleId) throws IOException {
    for (JsonNode f :
        new ObjectMapper().readTree(run.out()).path("results").get(0).path("findings")) {
      if (f.path("ruleId").asText().equals(ruleId)) {
        return f;
      }
    }
    throw new AssertionError(ruleId + " did not fire:\n" + run.out());
  }

  @Test
  void fetchesTheMonthsTheKnowledgeLacksFromTheApi() throws Exception {
    String api = api(0);
    Path knowledge = temp.resolve("knowledge");
    CliRunner.Run run =
        CliRunner.run("kb", "update", "--api", api, "--knowledge", knowledge.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of("/cvrf/v3.0/updates", "/cvrf/v3.0/cvrf/2026-Sep"),
        requests,
        "the bundled knowledge holds January to March; only September is fetched");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertTrue(
        run.out().endsWith("update knowledge to 2026-09 (updated " + today + ")\n"), run.out());
    CliRunner.Run status = CliRunner.run("kb", "status", "--knowledge", knowledge.toString());
    assertTrue(
        status
            .out()
            .startsWith(
                "update knowledge to 2026-09 (updated " + today + "), newest update 2026-09-08\n"),
        status.out());

    requests.clear();
    CliRunner.Run again =
        CliRunner.run("kb", "update", "--api", api, "--knowledge", knowledge.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(List.of("/cvrf/v3.0/updates"), requests, "nothing is fetched twice");
    assertTrue(
        again.out().startsWith("the update knowledge is current: update knowledge to 2026-09"),
        again.out());
  }

  @Test
  void aHostPatchedAfterTheBundledKnowledgeGetsFullConfidenceAfterAnUpdate() throws Exception {
    String host = resource(HOST).toString();
    Path knowledge = temp.resolve("knowledge");

    CliRunner.Run before =
        CliRunner.run("analyze", "--format", "json", "--knowledge", knowledge.toString(), host);
    JsonNode stale = finding(before, "NA-SUPERSEDED");
    assertEquals("possible", stale.path("confidence").asText());
    String caveat = stale.path("evidence").get(stale.path("evidence").size() - 1).asText();
    assertTrue(
        caveat.startsWith(
            "the update knowledge to 2026-08 (bundled) is older than this host (the host runs build"
                + " 20348.5593, later than 20348.5499 of KB5120242 (2026-08-11), the newest Windows"
                + " Server 2022 build it lists; KB9078766 is installed, numbered above every update it"
                + " lists"),
        caveat);
    assertTrue(
        caveat.endsWith(
            "which update replaces which may have changed since, so this finding is only possible"),
        caveat);
    JsonNode knowledgeBefore =
        new ObjectMapper().readTree(before.out()).path("results").get(0).path("knowledge");
    assertEquals("bundled", knowledgeBefore.path("origin").asText());
    assertTrue(knowledgeBefore.path("hostIsNewer").asBoolean());
    assertEquals(
        1,
        new ObjectMapper().readTree(before.out()).path("hints").size(),
        "kb update is suggested once");

    CliRunner.Run update = update(folderWith(SEPTEMBER), knowledge);
    assertEquals(0, update.exitCode(), update.err());

    CliRunner.Run after =
        CliRunner.run("analyze", "--format", "json", "--knowledge", knowledge.toString(), host);
    JsonNode current = finding(after, "NA-SUPERSEDED");
    assertEquals("certain", current.path("confidence").asText());
    List<String> evidence = new ArrayList<>();
    current.path("evidence").forEach(e -> evidence.add(e.asText()));
    assertTrue(
        evidence.contains(
            "KB9078766 (2026-09 cumulative update, 2026-09-08) is installed and replaces KB5099540"
                + " (2026-07 cumulative update, 2026-07-14)"),
        evidence.toString());
    assertTrue(
        evidence.stream().noneMatch(e -> e.contains("is older than this host")),
        evidence.toString());
    JsonNode knowledgeAfter =
        new ObjectMapper().readTree(after.out()).path("results").get(0).path("knowledge");
    assertEquals(
        List.of("updated", "2026-09", "false"),
        List.of(
            knowledgeAfter.path("origin").asText(),
            knowledgeAfter.path("updatesTo").asText(),
            knowledgeAfter.path("hostIsNewer").asText()));
    assertEquals(0, new ObjectMapper().readTree(after.out()).path("hints").size());
  }

  @Test
  void batchOutputsCountTheHostsNewerThanTheKnowledge() throws Exception {
    Path out = temp.resolve("batch");
    CliRunner.Run run =
        CliRunner.run("batch", "--jobs", "1", "--out", out.toString(), resource(HOST).toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    JsonNode knowledge =
        new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("knowledge");
    assertEquals("2026-08", knowledge.path("updatesTo").asText());
    assertEquals(1, knowledge.path("hostsNewerThanKnowledge").asInt());
    List<String> csv = Files.readAllLines(out.resolve("hosts.csv"));
    assertTrue(csv.get(0).endsWith(",knowledge_age_days,newer_than_knowledge"), csv.get(0));
    assertTrue(csv.get(1).endsWith(",101,true"), csv.get(1));
    assertTrue(
        Files.readString(out.resolve("report.html"))
            .contains(
                "<p class=\"muted\">Update knowledge to 2026-08 (bundled) &middot; 1 hosts are newer than"
                    + " it: findings that rely on the latest update or on supersedence are only possible"
                    + " there; refresh it with <code>wuhealth kb update</code></p>"));
  }

  @Test
  void theDefaultFolderComesFromTheEnvironment() throws Exception {
    Map<String, String> env = Map.of("XDG_DATA_HOME", temp.toString());
    CliRunner.Run update =
        CliRunner.run(env, "kb", "update", "--from", folderWith(SEPTEMBER).toString());
    assertEquals(0, update.exitCode(), update.err());
    assertTrue(Files.exists(temp.resolve("wuhealth/knowledge/edition.properties")));
    CliRunner.Run analyze = CliRunner.run(env, "analyze", resource(HOST).toString());
    assertTrue(analyze.out().contains("\n  update knowledge to 2026-09 (updated "), analyze.out());
    CliRunner.Run withoutEnv = CliRunner.run("analyze", resource(HOST).toString());
    assertTrue(
        withoutEnv.out().contains("\n  update knowledge to 2026-08 (bundled), "), withoutEnv.out());
    assertTrue(
        withoutEnv.out().contains("\nhint: the update knowledge is older than this host; "),
        withoutEnv.out());
  }

  @Test
  void offlineGivesOneClearLineAndExitTwo() throws Exception {
    int closed = closedPort();
    Path knowledge = temp.resolve("knowledge");
    CliRunner.Run run =
        CliRunner.run(
            "kb",
            "update",
            "--api",
            "http://127.0.0.1:" + closed + "/cvrf/v3.0/",
            "--knowledge",
            knowledge.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertEquals(
        "wuhealth: error: cannot reach http://127.0.0.1:"
            + closed
            + "/cvrf/v3.0/updates (connection refused); check the network or the proxy (HTTPS_PROXY,"
            + " NO_PROXY), or copy the CVRF documents in and use --from DIR\n",
        run.err());
    assertFalse(Files.exists(knowledge));

    CliRunner.Run unresolved =
        CliRunner.run(
            "kb",
            "update",
            "--api",
            "http://msrc.example.invalid/cvrf/v3.0/",
            "--timeout",
            "5",
            "--knowledge",
            knowledge.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, unresolved.exitCode());
    assertTrue(
        unresolved
            .err()
            .startsWith(
                "wuhealth: error: cannot reach http://msrc.example.invalid/cvrf/v3.0/updates"
                    + " (cannot resolve msrc.example.invalid); "),
        unresolved.err());
  }

  @Test
  void aSlowApiTimesOut() throws Exception {
    String api = api(3000);
    CliRunner.Run run =
        CliRunner.run(
            "kb",
            "update",
            "--api",
            api,
            "--timeout",
            "1",
            "--knowledge",
            temp.resolve("k").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, run.exitCode());
    assertTrue(run.err().contains("/cvrf/v3.0/updates (no answer within 1 s)"), run.err());
  }

  @Test
  void theProxyComesFromTheEnvironment() throws Exception {
    String api = api(0);
    String proxy = api.substring(0, api.indexOf("/cvrf"));
    CliRunner.Run viaProxy =
        CliRunner.run(
            Map.of("HTTP_PROXY", proxy),
            "kb",
            "update",
            "--api",
            "http://msrc.example.invalid/cvrf/v3.0/",
            "--knowledge",
            temp.resolve("a").toString());
    assertEquals(0, viaProxy.exitCode(), viaProxy.err());
    assertEquals(
        List.of(
            "http://msrc.example.invalid/cvrf/v3.0/updates",
            "http://msrc.example.invalid/cvrf/v3.0/cvrf/2026-Sep"),
        requests,
        "the proxy gets the absolute URLs");

    requests.clear();
    int closed = closedPort();
    CliRunner.Run direct =
        CliRunner.run(
            Map.of("http_proxy", "http://127.0.0.1:" + closed, "NO_PROXY", "localhost,127.0.0.1"),
            "kb",
            "update",
            "--api",
            api,
            "--knowledge",
            temp.resolve("b").toString());
    assertEquals(0, direct.exitCode(), direct.err());
    assertEquals(
        List.of("/cvrf/v3.0/updates", "/cvrf/v3.0/cvrf/2026-Sep"),
        requests,
        "NO_PROXY: straight to the host");

    CliRunner.Run credentials =
        CliRunner.run(
            Map.of("HTTPS_PROXY", "http://user:secret@proxy.example:3128"),
            "kb",
            "update",
            "--knowledge",
            temp.resolve("c").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, credentials.exitCode());
    assertTrue(
        credentials
            .err()
            .startsWith(
                "wuhealth: error: HTTPS_PROXY names a user: proxy credentials are not supported"),
        credentials.err());
  }

  @Test
  void badDocumentsNeverLeaveAHalfWrittenOverlay() throws Exception {
    Path knowledge = temp.resolve("knowledge");
    assertEquals(0, update(folderWith(SEPTEMBER), knowledge).exitCode());
    Map<String, byte[]> good = files(knowledge);

    Path truncated = folderWith();
    byte[] doc = Files.readAllBytes(resource("cvrfDocument-2026-Jan-excerpt.json"));
    Files.write(truncated.resolve("2026-Jan.json"), java.util.Arrays.copyOf(doc, doc.length / 2));
    CliRunner.Run bad = update(truncated, knowledge);
    assertEquals(ExitCodes.USAGE_OR_INPUT, bad.exitCode());
    assertTrue(
        bad.err().startsWith("wuhealth: error: " + truncated.resolve("2026-Jan.json") + ":"),
        bad.err());
    assertTrue(bad.err().contains("not well-formed JSON (truncated?)"), bad.err());
    assertEquals(1, bad.err().lines().count());

    Path twice = folderWith(SEPTEMBER);
    Files.copy(resource(SEPTEMBER), twice.resolve("copy-of-september.json"));
    CliRunner.Run duplicate = update(twice, knowledge);
    assertEquals(ExitCodes.USAGE_OR_INPUT, duplicate.exitCode());
    assertTrue(
        duplicate.err().contains("document 2026-Sep is given twice (also in "), duplicate.err());

    Map<String, byte[]> now = files(knowledge);
    assertEquals(good.keySet(), now.keySet());
    good.forEach(
        (name, bytes) ->
            assertTrue(java.util.Arrays.equals(bytes, now.get(name)), name + " changed"));
  }

  @Test
  void aDamagedOverlayIsRefusedAndTheBundledKnowledgeUsed() throws Exception {
    Path knowledge = temp.resolve("knowledge");
    assertEquals(0, update(folderWith(SEPTEMBER), knowledge).exitCode());
    Path rollups;
    try (Stream<Path> list = Files.list(knowledge)) {
      rollups =
          list.filter(p -> p.getFileName().toString().startsWith("rollups."))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(rollups);
    Files.write(rollups, java.util.Arrays.copyOf(bytes, bytes.length - 10));
    CliRunner.Run cut =
        CliRunner.run("analyze", "--knowledge", knowledge.toString(), resource(HOST).toString());
    assertEquals(
        "wuhealth: warning: the knowledge overlay in "
            + knowledge
            + " is damaged: "
            + rollups.getFileName()
            + " does not match its checksum (changed or cut short); using the bundled knowledge\n",
        cut.err());
    assertTrue(cut.out().contains("\n  update knowledge to 2026-08 (bundled), "), cut.out());

    Files.delete(knowledge.resolve("edition.properties"));
    CliRunner.Run half = CliRunner.run("kb", "status", "--knowledge", knowledge.toString());
    assertTrue(
        half.err()
            .startsWith(
                "wuhealth: warning: the knowledge overlay in "
                    + knowledge
                    + " is incomplete: it has no edition.properties (an update was interrupted)"),
        half.err());
    assertTrue(half.out().startsWith("update knowledge to 2026-08 (bundled)"), half.out());
    assertTrue(
        half.out().endsWith("  overlay folder: " + knowledge + " (its overlay is refused)\n"),
        half.out());

    CliRunner.Run repaired = update(folderWith(SEPTEMBER), knowledge);
    assertEquals(0, repaired.exitCode(), repaired.err());
    assertTrue(repaired.err().contains("it will be replaced"), repaired.err());
    assertTrue(
        CliRunner.run("kb", "status", "--knowledge", knowledge.toString())
            .out()
            .startsWith("update knowledge to 2026-09"));
  }
}
