package org.wuhealth.rules.fleet;

/**
 * Clients of one WSUS server that logged one error code.
 *
 * @param server the server as the clients' policy names it, lower case, {@code host[:port]}
 * @param code the canonical error code, e.g. "0x80244007"
 */
public record FailureGroup(String server, String code) {
  /** The server's host name without the port. */
  public String host() {
    return hostOf(server);
  }

  /** "wsus01.corp.example" of "wsus01.corp.example:8531". */
  public static String hostOf(String server) {
    int colon = server.lastIndexOf(':');
    return colon < 0 ? server : server.substring(0, colon);
  }
}
