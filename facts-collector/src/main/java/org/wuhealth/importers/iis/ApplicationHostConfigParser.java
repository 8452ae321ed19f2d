package org.wuhealth.importers.iis;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wuhealth.importers.text.SafeXml;
import org.wuhealth.parsing.ImportException;

/**
 * Reads IIS's {@code %windir%\System32\inetsrv\config\applicationHost.config}: its sites (id, name,
 * serverAutoStart, the ports of the http and https bindings, the application paths, the logFile
 * folder) and the default log folder. The live collector reads the file on the host, the import
 * reads a copy; both go through here.
 */
public final class ApplicationHostConfigParser {
  private ApplicationHostConfigParser() {}

  public static ApplicationHostConfig parse(String file, byte[] bytes) throws ImportException {
    Document doc = SafeXml.parse(file, bytes);
    Element root = doc.getDocumentElement();
    if (!"configuration".equals(root.getNodeName())) {
      throw new ImportException(
          file, null, "not an IIS configuration: its root element is not <configuration>");
    }
    List<ApplicationHostConfig.Site> sites = new ArrayList<>();
    String defaultLog = ApplicationHostConfig.DEFAULT_LOG_DIRECTORY;
    // <location> elements may repeat a site's settings by name; only <sites> defines sites
    for (Element host : children(root, "system.applicationHost")) {
      for (Element sitesElement : children(host, "sites")) {
        for (Element site : children(sitesElement, "site")) {
          ApplicationHostConfig.Site s = site(site);
          if (s != null) {
            sites.add(s);
          }
        }
        for (Element defaults : children(sitesElement, "siteDefaults")) {
          for (Element logFile : children(defaults, "logFile")) {
            if (!logFile.getAttribute("directory").isBlank()) {
              defaultLog = logFile.getAttribute("directory").trim();
            }
          }
        }
      }
    }
    return new ApplicationHostConfig(sites, defaultLog);
  }

  /** A site, or null when it has no numeric id: IIS does not serve such a site. */
  private static ApplicationHostConfig.Site site(Element site) {
    long id;
    try {
      id = Long.parseLong(site.getAttribute("id").trim());
    } catch (NumberFormatException e) {
      return null;
    }
    List<Integer> http = new ArrayList<>();
    List<Integer> https = new ArrayList<>();
    List<String> applications = new ArrayList<>();
    String logDirectory = null;
    for (Element child : children(site, null)) {
      switch (child.getNodeName()) {
        case "application" -> applications.add(child.getAttribute("path"));
        case "bindings" -> {
          for (Element binding : children(child, "binding")) {
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
    return new ApplicationHostConfig.Site(
        id,
        site.getAttribute("name"),
        !site.getAttribute("serverAutoStart").trim().equalsIgnoreCase("false"),
        ports,
        applications,
        logDirectory);
  }

  /** "*:8530:" or "10.0.0.5:443:wsus.corp.example" gives the port; net.tcp's "808:*" none. */
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

  /** The child elements named {@code name} (all of them for null), in document order. */
  private static List<Element> children(Element parent, String name) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (name == null || name.equals(e.getNodeName()))) {
        elements.add(e);
      }
    }
    return elements;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
