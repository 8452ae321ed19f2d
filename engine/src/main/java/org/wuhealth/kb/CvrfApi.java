package org.wuhealth.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.knowledge.cvrf.CvrfDocument;
import org.wuhealth.knowledge.cvrf.CvrfException;
import org.wuhealth.knowledge.cvrf.CvrfFiles;

/**
 * MSRC's public CVRF API (no key): {@code updates} lists the documents, {@code cvrf/{id}} serves
 * one, here as JSON, streamed into the reader. Every request has the timeout; the proxy comes from
 * the environment ({@link ProxySettings}).
 */
public final class CvrfApi {
  public static final URI DEFAULT = URI.create("https://api.msrc.microsoft.com/cvrf/v3.0/");

  private final URI base;
  private final Duration timeout;
  private final HttpClient client;

  /** A listed document: its id and dates. */
  public record Listed(String id, LocalDate initialRelease, LocalDate currentRelease) {}

  /** The API could not be used; the message is one line for the user. */
  public static final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public CvrfApi(URI base, Duration timeout, ProxySettings proxy) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .proxy(proxy)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Every document the API lists. */
  public List<Listed> list() throws Unreachable {
    URI uri = base.resolve("updates");
    JsonNode root;
    try (InputStream in = get(uri)) {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw unreachable(uri, e);
    }
    List<Listed> listed = new ArrayList<>();
    for (JsonNode n : root.path("value")) {
      String id = n.path("ID").asText("");
      if (!id.isEmpty()) {
        listed.add(
            new Listed(id, day(n.path("InitialReleaseDate")), day(n.path("CurrentReleaseDate"))));
      }
    }
    if (listed.isEmpty()) {
      throw new Unreachable(uri + " lists no CVRF documents (is it the CVRF API?)", null);
    }
    return listed;
  }

  /** One document, streamed into the reader. */
  public CvrfDocument document(String id) throws Unreachable, CvrfException {
    URI uri = base.resolve("cvrf/" + id);
    try (InputStream in = get(uri)) {
      return CvrfFiles.read(uri.toString(), in);
    } catch (IOException e) {
      throw unreachable(uri, e);
    }
  }

  private InputStream get(URI uri) throws IOException, Unreachable {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted while fetching " + uri, e);
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new Unreachable(uri + " answered HTTP " + response.statusCode(), null);
    }
    return response.body();
  }

  private Unreachable unreachable(URI uri, IOException e) {
    return new Unreachable("cannot reach " + uri + " (" + why(uri, e) + ")", e);
  }

  /**
   * The JDK client reports most failures as a ConnectException without a message; the cause says.
   */
  private String why(URI uri, IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection within " + timeout.toSeconds() + " s";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + timeout.toSeconds() + " s";
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "cannot resolve " + uri.getHost();
      }
    }
    if (e instanceof ConnectException) {
      return e.getMessage() == null ? "connection refused" : e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static LocalDate day(JsonNode n) {
    String s = n.asText("");
    return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
  }
}
