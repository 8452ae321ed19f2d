package org.wuhealth.importers.wsus;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.importers.text.SafeXml;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.snapshot.Excerpt;

/**
 * Reads {@code WebServices\ClientWebService\web.config} of a WSUS server: the appSettings {@code
 * maxInstalledPrerequisites} (400 by default, 800 recommended) and {@code maxCachedUpdates} (22000,
 * 44000).
 */
public final class WsusWebConfigParser {
  public static final String PREREQUISITES = "maxInstalledPrerequisites";
  public static final String CACHED_UPDATES = "maxCachedUpdates";

  private WsusWebConfigParser() {}

  public static ClientWebService parse(String file, byte[] bytes) throws ImportException {
    Document document = SafeXml.parse(file, bytes);
    Integer prerequisites = null;
    Integer cached = null;
    NodeList adds = document.getElementsByTagName("add");
    for (int i = 0; i < adds.getLength(); i++) {
      Element add = (Element) adds.item(i);
      if (!"appSettings".equals(add.getParentNode().getNodeName())) {
        continue;
      }
      String key = add.getAttribute("key");
      if (key.equalsIgnoreCase(PREREQUISITES)) {
        prerequisites = number(file, key, add.getAttribute("value"));
      } else if (key.equalsIgnoreCase(CACHED_UPDATES)) {
        cached = number(file, key, add.getAttribute("value"));
      }
    }
    if (prerequisites == null && cached == null) {
      throw new ImportException(
          file, null, "no " + PREREQUISITES + " or " + CACHED_UPDATES + " in appSettings");
    }
    return new ClientWebService(prerequisites, cached);
  }

  private static Integer number(String file, String key, String value) throws ImportException {
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new ImportException(
          file, null, key + " is " + Excerpt.quote(value) + ", not a whole number");
    }
  }
}
