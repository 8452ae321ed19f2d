package org.wuhealth.knowledge.cvrf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CVRF document in the JSON shape of MSRC's CVRF API ({@code cvrf/v3.0/cvrf/{id}} with
 * {@code Accept: application/json}) with Jackson's streaming parser: the same facts as the XML
 * (document tracking, product names, vendor fixes), everything else skipped. In that shape a
 * remediation's {@code Type} is the CVRF enumeration number (2 is "Vendor Fix") and most texts are
 * objects with a {@code Value}.
 */
final class JsonCvrfParser {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int VENDOR_FIX = 2;

  private final String file;
  private final JsonParser p;
  private final DocumentCollector doc;

  private JsonCvrfParser(String file, JsonParser p) {
    this.file = file;
    this.p = p;
    this.doc = new DocumentCollector(file);
  }

  static CvrfDocument parse(String file, InputStream in) throws CvrfException {
    try (JsonParser p = FACTORY.createParser(in)) {
      return new JsonCvrfParser(file, p).document();
    } catch (JsonProcessingException e) {
      throw new CvrfException(
          file,
          place(e.getLocation()),
          "not well-formed JSON (truncated?): " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw CvrfFiles.unreadable(file, e);
    }
  }

  private CvrfDocument document() throws IOException, CvrfException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw wrong("not a CVRF document: the JSON does not start with an object");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "DocumentTracking" -> tracking();
        case "ProductTree" -> products();
        case "Vulnerability" -> vulnerabilities();
        default -> p.skipChildren();
      }
    }
    if (p.nextToken() != null) {
      throw wrong("unexpected content after the document");
    }
    return doc.document();
  }

  private void tracking() throws IOException, CvrfException {
    expect(JsonToken.START_OBJECT, "DocumentTracking");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "Identification" -> identification();
        case "InitialReleaseDate" -> doc.initialRelease(text(), place(p.currentTokenLocation()));
        case "CurrentReleaseDate" -> doc.currentRelease(text(), place(p.currentTokenLocation()));
        default -> p.skipChildren();
      }
    }
  }

  private void identification() throws IOException, CvrfException {
    expect(JsonToken.START_OBJECT, "Identification");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("ID")) {
        doc.id(value());
      } else {
        p.skipChildren();
      }
    }
  }

  /** Every object of the product tree that has a ProductID and a Value names a product. */
  private void products() throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        products();
      }
    } else if (p.currentToken() == JsonToken.START_OBJECT) {
      String id = null;
      String name = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("ProductID") && p.currentToken().isScalarValue()) {
          id = p.getValueAsString();
        } else if (field.equals("Value") && p.currentToken() == JsonToken.VALUE_STRING) {
          name = p.getText();
        } else {
          products();
        }
      }
      doc.product(id, name);
    }
  }

  private void vulnerabilities() throws IOException, CvrfException {
    expect(JsonToken.START_ARRAY, "Vulnerability");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(JsonToken.START_OBJECT, "a vulnerability");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("Remediations") && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            remediation();
          }
        } else {
          p.skipChildren();
        }
      }
    }
  }

  private void remediation() throws IOException, CvrfException {
    expect(JsonToken.START_OBJECT, "a remediation");
    boolean vendorFix = false;
    String description = null;
    String supercedence = null;
    String subType = null;
    String fixedBuild = null;
    List<String> products = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "Type" ->
            vendorFix =
                p.currentToken() == JsonToken.VALUE_NUMBER_INT
                    ? p.getIntValue() == VENDOR_FIX
                    : "Vendor Fix".equals(p.getValueAsString());
        case "Description" -> description = value();
        case "Supercedence" -> supercedence = text();
        case "SubType" -> subType = text();
        case "FixedBuild" -> fixedBuild = text();
        case "ProductID" -> {
          if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              productId(products);
            }
          } else {
            productId(products);
          }
        }
        default -> p.skipChildren();
      }
    }
    if (vendorFix) {
      doc.vendorFix(description, supercedence, products, subType, fixedBuild);
    }
  }

  /** Adds the product id at the current token; null, objects and arrays name no product. */
  private void productId(List<String> products) throws IOException {
    String id = p.getValueAsString();
    if (id != null) {
      products.add(id);
    } else {
      p.skipChildren();
    }
  }

  /** A text given plainly or as {"Value": "..."}; null for anything else. */
  private String value() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return text();
    }
    String value = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("Value")) {
        value = text();
      } else {
        p.skipChildren();
      }
    }
    return value;
  }

  private String text() throws IOException {
    if (p.currentToken().isScalarValue()) {
      return p.getValueAsString();
    }
    p.skipChildren();
    return null;
  }

  private void expect(JsonToken token, String what) throws CvrfException {
    if (p.currentToken() != token) {
      throw wrong(
          "not a CVRF document: "
              + what
              + " is "
              + describe(p.currentToken())
              + " where the CVRF API gives "
              + describe(token));
    }
  }

  private CvrfException wrong(String message) {
    String pointer = p.getParsingContext().pathAsPointer().toString();
    return new CvrfException(
        file,
        place(p.currentTokenLocation()),
        message + (pointer.isEmpty() ? "" : " (at " + pointer + ")"));
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "missing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      default -> "a " + token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  private static String place(JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? null : at.getLineNr() + ":" + at.getColumnNr();
  }
}
