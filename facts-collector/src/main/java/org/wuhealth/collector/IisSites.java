package org.wuhealth.collector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.SiteState;
import org.wuhealth.facts.WsusSite;
import org.wuhealth.importers.text.SafeXml;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.snapshot.Excerpt;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The IIS sites of {@code %windir%\System32\inetsrv\config\applicationHost.config}: which one
 * serves WSUS (the site with the ClientWebService application, else the one WSUS setup recorded as
 * IISTargetWebSiteIndex), its port, whether IIS starts it, and where it writes its logs.
 */
final class IisSites {
  static final String WSUS_APPLICATION = "/ClientWebService";
  static final String DEFAULT_LOG_DIRECTORY = "%SystemDrive%\\inetpub\\logs\\LogFiles";

  private IisSites() {}

  /**
   * One site.
   *
   * @param autoStart serverAutoStart; IIS Manager sets it to false when a site is stopped, so that
   *     it stays stopped when IIS starts again
   * @param ports the ports of its http bindings, then of its https bindings
   * @param logDirectory its own logFile directory, or null for the default
   */
  record Site(
      long id,
      String name,
      boolean autoStart,
      List<Integer> ports,
      List<String> applications,
      String logDirectory) {}

  record Config(List<Site> sites, String defaultLogDirectory) {}

  static Config parse(String file, byte[] bytes) throws ImportException {
    Document doc;
    try {
      doc = SafeXml.builder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new ImportException(
          file,
          e.getLineNumber() > 0 ? e.getLineNumber() : null,
          "malformed XML: " + Excerpt.maskQuoted(e.getMessage()));
    } catch (SAXException | IOException e) {
      throw new ImportException(file, null, "malformed XML: " + Excerpt.maskQuoted(e.getMessage()));
    }
    List<Site> sites = new ArrayList<>();
    NodeList siteNodes = doc.getElementsByTagName("site");
    for (int i = 0; i < siteNodes.getLength(); i++) {
      Element site = (Element) siteNodes.item(i);
      if (!"sites".equals(site.getParentNode().getNodeName())) {
        continue;
      }
      long id;
      try {
        id = Long.parseLong(site.getAttribute("id").trim());
      } catch (NumberFormatException e) {
        continue; // a site without an id is not served
      }
      List<Integer> http = new ArrayList<>();
      List<Integer> https = new ArrayList<>();
      List<String> applications = new ArrayList<>();
      String logDirectory = null;
      for (Element child : children(site)) {
        switch (child.getNodeName()) {
          case "application" -> applications.add(child.getAttribute("path"));
          case "bindings" -> {
            for (Element binding : children(child)) {
              Integer port = port(binding.getAttribute("bindingInformation"));
              String protocol = binding.getAttribute("protocol");
              if (port != null && protocol.equalsIgnoreCase("http")) {
                http.add(port);
              } else if (port != null && protocol.equalsIgnoreCase("https")) {
                https.add(port);
              }
            }
          }
          case "logFile" -> logDirectory = blankToNull(child.getAttribute("directory"));
          default -> {
            // limits, traceFailedRequestsLogging, ...
          }
        }
      }
      List<Integer> ports = new ArrayList<>(http);
      ports.addAll(https);
      sites.add(
          new Site(
              id,
              site.getAttribute("name"),
              !site.getAttribute("serverAutoStart").trim().equalsIgnoreCase("false"),
              ports,
              applications,
              logDirectory));
    }
    String defaultLog = DEFAULT_LOG_DIRECTORY;
    NodeList defaults = doc.getElementsByTagName("siteDefaults");
    if (defaults.getLength() > 0) {
      for (Element child : children((Element) defaults.item(0))) {
        if (child.getNodeName().equals("logFile") && !child.getAttribute("directory").isBlank()) {
          defaultLog = child.getAttribute("directory");
        }
      }
    }
    return new Config(sites, defaultLog);
  }

  /** The site that serves WSUS, or null. */
  static Site wsusSite(Config config, Long setupSiteIndex) {
    for (Site s : config.sites()) {
      if (s.applications().stream().anyMatch(WSUS_APPLICATION::equalsIgnoreCase)) {
        return s;
      }
    }
    for (Site s : config.sites()) {
      if (setupSiteIndex != null && s.id() == setupSiteIndex) {
        return s;
      }
    }
    return null;
  }

  /**
   * The site's state as far as configuration and the web service tell: stopped when IIS (W3SVC) is
   * not running or the site is not started with it; started when both hold; unknown without the
   * service's state. The runtime state of a site is only available through the IIS management API,
   * which needs elevation.
   */
  static WsusSite state(Site site, ServiceState w3svc) {
    SiteState state;
    if (w3svc == null || w3svc == ServiceState.UNKNOWN) {
      state = SiteState.UNKNOWN;
    } else if (w3svc != ServiceState.RUNNING || !site.autoStart()) {
      state = SiteState.STOPPED;
    } else {
      state = SiteState.STARTED;
    }
    return new WsusSite(site.name(), state, site.ports().isEmpty() ? null : site.ports().get(0));
  }

  /** "*:8530:" or "10.0.0.5:443:wsus.corp.example" gives the port. */
  private static Integer port(String bindingInformation) {
    String[] parts = bindingInformation.split(":", -1);
    if (parts.length < 2) {
      return null;
    }
    try {
      int port = Integer.parseInt(parts[parts.length - 2].trim());
      return port > 0 && port < 65536 ? port : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
