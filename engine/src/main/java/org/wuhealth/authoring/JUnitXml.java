package org.wuhealth.authoring;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.wuhealth.authoring.CaseResult.Status;

/** Writes rule test results as JUnit XML (one testsuite per rule), which CI systems display. */
public final class JUnitXml {
  private JUnitXml() {}

  public static void write(List<CaseResult> results, Path file) throws IOException {
    Map<String, List<CaseResult>> byRule = new LinkedHashMap<>();
    for (CaseResult r : results) {
      byRule.computeIfAbsent(r.ruleId(), k -> new java.util.ArrayList<>()).add(r);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "wuhealth rules test");
      for (var entry : byRule.entrySet()) {
        suite(xml, entry.getKey(), entry.getValue());
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void suite(XMLStreamWriter xml, String rule, List<CaseResult> cases)
      throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", rule);
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute(
        "failures", Long.toString(cases.stream().filter(c -> c.status() == Status.FAIL).count()));
    xml.writeAttribute(
        "errors", Long.toString(cases.stream().filter(c -> c.status() == Status.ERROR).count()));
    xml.writeAttribute(
        "skipped", Long.toString(cases.stream().filter(c -> c.status() == Status.SKIPPED).count()));
    xml.writeAttribute("time", seconds(cases.stream().mapToLong(CaseResult::millis).sum()));
    for (CaseResult c : cases) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", rule);
      xml.writeAttribute("name", c.name());
      xml.writeAttribute("file", c.fixture());
      xml.writeAttribute("time", seconds(c.millis()));
      switch (c.status()) {
        case FAIL -> {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", String.join("; ", c.problems()));
          StringBuilder body = new StringBuilder();
          for (CaseResult.Check check : c.checks()) {
            body.append(check.ok() ? "  ok    " : "  FAIL  ")
                .append(check.expected())
                .append(" | ")
                .append(check.actual())
                .append('\n');
          }
          xml.writeCharacters(body.toString());
          xml.writeEndElement();
        }
        case ERROR -> {
          xml.writeStartElement("error");
          xml.writeAttribute("message", c.message());
          xml.writeEndElement();
        }
        case SKIPPED -> {
          xml.writeStartElement("skipped");
          xml.writeAttribute("message", c.message());
          xml.writeEndElement();
        }
        case PASS -> {}
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
