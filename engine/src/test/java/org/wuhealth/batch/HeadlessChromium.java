package org.wuhealth.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium driven over the DevTools protocol with the JDK's own HTTP and WebSocket
 * client (no driver, no browser download). Started with the flags that work on a machine without
 * network, on a fresh profile, listening on a loopback port of its choosing.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  /** The browser binary: $WUHEALTH_CHROMIUM, else chromium on the usual paths. */
  static Optional<Path> find() {
    String configured = System.getenv("WUHEALTH_CHROMIUM");
    List<String> candidates =
        configured != null
            ? List.of(configured)
            : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /**
   * The browser, or the test is skipped when there is none; unless {@code
   * WUHEALTH_REQUIRE_BROWSER=1} (set by CI, which installs it), where a missing browser fails.
   */
  static Path requireOrSkip() {
    Optional<Path> binary = find();
    if (binary.isEmpty()) {
      if ("1".equals(System.getenv("WUHEALTH_REQUIRE_BROWSER"))) {
        org.junit.jupiter.api.Assertions.fail(
            "WUHEALTH_REQUIRE_BROWSER=1 but no Chromium found (set WUHEALTH_CHROMIUM)");
      }
      org.junit.jupiter.api.Assumptions.abort(
          "Chromium is not installed; the browser tests run in CI");
    }
    return binary.get();
  }

  HeadlessChromium(Path binary) throws IOException, InterruptedException {
    profile = Files.createTempDirectory("wuhealth-chromium");
    process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank")
            .redirectErrorStream(true)
            .start();
    String browserUrl = awaitDevToolsUrl();
    URI browser = URI.create(browserUrl);
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    JsonNode targets =
        JSON.readTree(
            http.send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://"
                                    + browser.getHost()
                                    + ":"
                                    + browser.getPort()
                                    + "/json/list"))
                        .timeout(TIMEOUT)
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    String page = null;
    for (JsonNode t : targets) {
      if ("page".equals(t.path("type").asText())) {
        page = t.get("webSocketDebuggerUrl").asText();
        break;
      }
    }
    if (page == null) {
      throw new IOException("chromium opened no page: " + targets);
    }
    socket =
        http.newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(URI.create(page), new Listener())
            .join();
  }

  private String awaitDevToolsUrl() throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url = new CompletableFuture<>();
    StringBuilder log = new StringBuilder();
    Thread drain =
        new Thread(
            () -> {
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    url.complete(m.group(1));
                  } else if (!url.isDone()) {
                    log.append(line).append('\n');
                  }
                }
              } catch (IOException e) {
                url.completeExceptionally(e);
              }
              url.completeExceptionally(new IOException("chromium exited:\n" + log));
            },
            "chromium-output");
    drain.setDaemon(true);
    drain.start();
    try {
      return url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("chromium did not start its DevTools endpoint: " + e.getMessage(), e);
    }
  }

  /** Sends a DevTools command and waits for its result. */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).join();
    JsonNode result = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (result.has("error")) {
      throw new IllegalStateException(method + " failed: " + result.get("error"));
    }
    return result.get("result");
  }

  /** Evaluates a JavaScript expression in the page and returns its value. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Waits until an event matches. */
  JsonNode await(Predicate<JsonNode> event) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    synchronized (events) {
      while (true) {
        for (JsonNode e : events) {
          if (event.test(e)) {
            return e;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("timed out waiting for a DevTools event; saw " + events);
        }
        events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
      }
    }
  }

  List<JsonNode> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      socket.abort();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode message = JSON.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            synchronized (events) {
              events.add(message);
              events.notifyAll();
            }
          }
        } catch (IOException e) {
          throw new IllegalStateException("bad DevTools message: " + text, e);
        }
      }
      ws.request(1);
      return null;
    }
  }
}
