package org.wuhealth.knowledge.cvrf;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.MissingResourceException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a CVRF 1.1 XML document (as MSRC publishes it) with StAX: only the document tracking, the
 * product names and the vendor fixes are kept; notes, threats and scores are skipped unread.
 */
final class XmlCvrfParser {
  private static final XMLInputFactory FACTORY = factory();

  private XmlCvrfParser() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  static CvrfDocument parse(String file, InputStream in) throws CvrfException {
    DocumentCollector doc = new DocumentCollector(file);
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(in);
      Deque<String> path = new ArrayDeque<>();
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          path.pop();
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = r.getLocalName();
        if (path.isEmpty() && !name.equals("cvrfdoc")) {
          throw new CvrfException(
              file, place(r.getLocation()), "not a CVRF document: the root element is " + name);
        }
        String parent = path.peek();
        if ("Identification".equals(parent) && name.equals("ID")) {
          doc.id(r.getElementText());
        } else if ("DocumentTracking".equals(parent) && name.equals("InitialReleaseDate")) {
          String at = place(r.getLocation());
          doc.initialRelease(r.getElementText(), at);
        } else if ("DocumentTracking".equals(parent) && name.equals("CurrentReleaseDate")) {
          String at = place(r.getLocation());
          doc.currentRelease(r.getElementText(), at);
        } else if (name.equals("FullProductName")) {
          String id = r.getAttributeValue(null, "ProductID");
          doc.product(id, r.getElementText());
        } else if ("Remediations".equals(parent)
            && name.equals("Remediation")
            && "Vendor Fix".equals(r.getAttributeValue(null, "Type"))) {
          remediation(r, doc);
        } else {
          path.push(name);
        }
      }
      return doc.document();
    } catch (MissingResourceException e) {
      // the JDK's parser looks up the message of some errors (a control character in a DTD) under
      // a key its bundle lacks: still a malformed document
      throw new CvrfException(
          file, r == null ? null : place(r.getLocation()), "not well-formed XML: " + e.getKey(), e);
    } catch (XMLStreamException e) {
      if (XzErrors.failureIn(e) != null) {
        throw CvrfFiles.unreadable(file, e);
      }
      throw new CvrfException(
          file, place(e.getLocation()), "not well-formed XML (truncated?): " + reason(e), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // closing a reader that already failed adds nothing to report
        }
      }
    }
  }

  /** Reads one Vendor Fix up to its end tag. */
  private static void remediation(XMLStreamReader r, DocumentCollector doc)
      throws XMLStreamException {
    String description = null;
    String supercedence = null;
    String subType = null;
    String fixedBuild = null;
    List<String> products = new ArrayList<>();
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "Description" -> description = r.getElementText();
          case "Supercedence" -> supercedence = r.getElementText();
          case "ProductID" -> products.add(r.getElementText());
          case "SubType" -> subType = r.getElementText();
          case "FixedBuild" -> fixedBuild = r.getElementText();
          default -> depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    doc.vendorFix(description, supercedence, products, subType, fixedBuild);
  }

  private static String place(Location at) {
    return at == null || at.getLineNumber() < 0
        ? null
        : at.getLineNumber() + ":" + Math.max(at.getColumnNumber(), 1);
  }

  /** The parser's message without the location prefix it repeats. */
  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).trim();
  }
}
