package org.wuhealth.knowledge;

import java.util.Optional;

/**
 * What an error code says about its likely cause, as the {@code cause} column of the code tables
 * spells it. Rules reason on causes rather than on lists of codes, so a newly catalogued code that
 * means "the component store is damaged" is picked up without touching a rule.
 */
public enum ErrorCause {
  SUCCESS("success", Family.NONE, null),
  TIMEOUT(
      "timeout",
      Family.NETWORK,
      "a time-out: the other side never answered, which points at a firewall silently dropping"
          + " the traffic, a wrong proxy or route, or the server being down"),
  REFUSED(
      "refused",
      Family.NETWORK,
      "a refusal: the host answered but nothing accepted the connection, so the service is"
          + " stopped, listens on another port, or a firewall sends resets"),
  DNS(
      "dns",
      Family.NETWORK,
      "a name-resolution failure: DNS does not know the server name (typo in the URL, missing"
          + " record, or the host uses the wrong DNS servers)"),
  UNREACHABLE(
      "unreachable",
      Family.NETWORK,
      "no path to the server: a routing, gateway, VPN or adapter problem"),
  RESET(
      "reset",
      Family.NETWORK,
      "a dropped connection: something on the path (proxy, TLS inspection, IPS) or the server"
          + " ended it"),
  UNTRUSTED_ROOT(
      "untrusted-root",
      Family.CERTIFICATE,
      "the certificate chain does not end in a root this host trusts: import the issuing root"
          + " and intermediate CAs into the computer's stores"),
  EXPIRED(
      "expired",
      Family.CERTIFICATE,
      "a certificate is outside its validity period: renew it, or fix the host clock if that is"
          + " what is wrong"),
  NAME_MISMATCH(
      "name-mismatch",
      Family.CERTIFICATE,
      "the name the client uses is not in the server certificate: use a name listed in its"
          + " subject or SAN, or reissue the certificate"),
  CLOCK_SKEW(
      "clock-skew",
      Family.CERTIFICATE,
      "the clocks disagree: synchronise the host with its time source (w32tm /resync)"),
  REVOCATION_OFFLINE(
      "revocation-offline",
      Family.CERTIFICATE,
      "revocation could not be checked: let the host reach the CRL and OCSP addresses in the"
          + " certificates, or publish them internally"),
  REVOKED("revoked", Family.CERTIFICATE, "a certificate was revoked: the server needs a new one"),
  TLS(
      "tls",
      Family.CERTIFICATE,
      "the TLS handshake failed: the sides share no protocol version or cipher suite, or an"
          + " inspecting proxy interferes"),
  WRONG_USAGE(
      "wrong-usage",
      Family.CERTIFICATE,
      "the certificate is not authorised for this use: it needs the right key usage (Server"
          + " Authentication for a TLS server, Client Authentication for a client)"),
  SIGNATURE(
      "signature",
      Family.CERTIFICATE,
      "a signature is missing or cannot be verified: the file is damaged or signed with an"
          + " algorithm the system cannot check"),
  CORRUPTION("corruption", Family.SERVICING, null),
  SSU_REQUIRED("ssu-required", Family.SERVICING, null),
  REBOOT_PENDING("reboot-pending", Family.SERVICING, null),
  SERVICE_DISABLED("service-disabled", Family.SERVICING, null),
  DISK_FULL("disk-full", Family.SERVICING, null);

  /** The broad kind of a cause. */
  public enum Family {
    NONE,
    NETWORK,
    CERTIFICATE,
    SERVICING
  }

  private final String label;
  private final Family family;
  private final String advice;

  ErrorCause(String label, Family family, String advice) {
    this.label = label;
    this.family = family;
    this.advice = advice;
  }

  /** The spelling in the tables: "timeout", "untrusted-root", ... */
  public String label() {
    return label;
  }

  public Family family() {
    return family;
  }

  public boolean isNetwork() {
    return family == Family.NETWORK;
  }

  public boolean isCertificate() {
    return family == Family.CERTIFICATE;
  }

  /** What this cause usually means for a connection, in one clause; null for other families. */
  public String advice() {
    return advice;
  }

  public static Optional<ErrorCause> parse(String label) {
    for (ErrorCause c : values()) {
      if (c.label.equals(label)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
