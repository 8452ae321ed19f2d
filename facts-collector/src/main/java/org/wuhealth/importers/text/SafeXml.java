package org.wuhealth.importers.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.snapshot.Excerpt;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An XML parser for files from a host (web.config, applicationHost.config, event renderings) that
 * refuses document type declarations, so that no entity can reach outside the document.
 */
public final class SafeXml {
  private SafeXml() {}

  public static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
    }
  }

  /**
   * A configuration file's document; XML that does not parse is one error naming the file, the line
   * and column where the parser stopped, and the parser's reason with the document's own text cut
   * and masked.
   */
  public static Document parse(String file, byte[] bytes) throws ImportException {
    try {
      return builder().parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new ImportException(
          file,
          e.getLineNumber() > 0 ? e.getLineNumber() : null,
          e.getColumnNumber() > 0 ? e.getColumnNumber() : null,
          "malformed XML: " + Excerpt.maskQuoted(e.getMessage()));
    } catch (SAXException | IOException e) {
      throw new ImportException(file, null, "malformed XML: " + Excerpt.maskQuoted(e.getMessage()));
    }
  }
}
