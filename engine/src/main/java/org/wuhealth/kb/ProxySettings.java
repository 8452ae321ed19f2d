package org.wuhealth.kb;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy from the usual environment variables: HTTPS_PROXY / https_proxy for https URLs,
 * HTTP_PROXY / http_proxy for http ones, and NO_PROXY / no_proxy (host names, ".domain" or "domain"
 * suffixes, or "*") for the hosts to reach directly. A proxy URL with a user name is refused: the
 * JDK's client does not send proxy credentials for https tunnels.
 */
public final class ProxySettings extends ProxySelector {
  private final URI https;
  private final URI http;
  private final List<String> noProxy;

  private ProxySettings(URI https, URI http, List<String> noProxy) {
    this.https = https;
    this.http = http;
    this.noProxy = noProxy;
  }

  /**
   * @throws IllegalArgumentException when a variable is not a proxy URL this client can use
   */
  public static ProxySettings from(Map<String, String> env) {
    String none = first(env, "NO_PROXY", "no_proxy");
    return new ProxySettings(
        proxy(env, "HTTPS_PROXY", "https_proxy"),
        proxy(env, "HTTP_PROXY", "http_proxy"),
        none == null
            ? List.of()
            : List.of(none.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList());
  }

  private static URI proxy(Map<String, String> env, String upper, String lower) {
    String value = first(env, upper, lower);
    if (value == null) {
      return null;
    }
    URI uri = URI.create(value.contains("://") ? value.trim() : "http://" + value.trim());
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(upper + " is not a proxy URL: " + value);
    }
    if (uri.getUserInfo() != null) {
      throw new IllegalArgumentException(
          upper
              + " names a user: proxy credentials are not supported; use a proxy that lets this"
              + " host through, or kb update --from DIR");
    }
    return uri;
  }

  private static String first(Map<String, String> env, String... names) {
    for (String name : names) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  /** The proxy for {@code target}, or null for a direct connection. */
  public URI proxyFor(URI target) {
    URI proxy = "https".equalsIgnoreCase(target.getScheme()) ? https : http;
    if (proxy == null || bypassed(target.getHost())) {
      return null;
    }
    return proxy;
  }

  private boolean bypassed(String host) {
    String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
    for (String entry : noProxy) {
      String suffix = entry.startsWith(".") ? entry.substring(1) : entry;
      if (entry.equals("*") || h.equals(suffix) || h.endsWith("." + suffix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Proxy> select(URI uri) {
    URI proxy = proxyFor(uri);
    if (proxy == null) {
      return List.of(Proxy.NO_PROXY);
    }
    int port = proxy.getPort() > 0 ? proxy.getPort() : 80;
    return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.getHost(), port)));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // the request fails with the same exception, which the caller reports
  }
}
