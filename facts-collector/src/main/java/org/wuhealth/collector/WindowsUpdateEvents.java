package org.wuhealth.collector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wuhealth.facts.AttemptResult;
import org.wuhealth.facts.EventSource;
import org.wuhealth.facts.HResult;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.InstallVia;
import org.wuhealth.facts.LogEvent;
import org.wuhealth.importers.logs.Kbs;
import org.wuhealth.importers.text.SafeXml;
import org.xml.sax.SAXException;

/**
 * The Windows Update client's events, as the event log renders them in XML: installation successful
 * (19) and failed (20) in the System log become install attempts; failures to install (20), to
 * check for updates (25) and to download (31, the last two in the Operational log) become events
 * with their error code.
 */
final class WindowsUpdateEvents {
  static final String PROVIDER = "Microsoft-Windows-WindowsUpdateClient";
  static final String SYSTEM = "System";
  static final String OPERATIONAL = PROVIDER + "/Operational";
  private static final String NOT_APPLICABLE = "0x80240017";

  private WindowsUpdateEvents() {}

  /** What the events say; {@code unreadable} counts renderings that were not event XML. */
  record Mapped(List<InstallAttempt> attempts, List<LogEvent> events, int unreadable) {}

  /** The XPath for the event log query: the provider's events with these IDs, newer than days. */
  static String query(List<Integer> ids, int days) {
    StringBuilder q = new StringBuilder("*[System[Provider[@Name='" + PROVIDER + "'] and (");
    for (int i = 0; i < ids.size(); i++) {
      q.append(i == 0 ? "" : " or ").append("EventID=").append(ids.get(i));
    }
    long ms = days * 86_400_000L;
    return q.append(") and TimeCreated[timediff(@SystemTime) <= ")
        .append(ms)
        .append("]]]")
        .toString();
  }

  static Mapped map(List<String> xmls) {
    List<InstallAttempt> attempts = new ArrayList<>();
    List<LogEvent> events = new ArrayList<>();
    int unreadable = 0;
    for (String xml : xmls) {
      Event e = parse(xml);
      if (e == null) {
        unreadable++;
        continue;
      }
      String title = e.data().get("updateTitle");
      String kb = title == null ? null : Kbs.in(title);
      String code = HResult.canonical(e.data().get("errorCode")).orElse(null);
      switch (e.id()) {
        case 19 -> attempts.add(attempt(e, title, kb).result(AttemptResult.SUCCEEDED).build());
        case 20 -> {
          attempts.add(
              attempt(e, title, kb)
                  .result(
                      NOT_APPLICABLE.equals(code)
                          ? AttemptResult.NOT_APPLICABLE
                          : AttemptResult.FAILED)
                  .code(code)
                  .build());
          events.add(event(e, code, "installation failed: " + orUnnamed(title), kb));
        }
        case 25 -> events.add(event(e, code, "the check for updates failed", null));
        case 31 -> events.add(event(e, code, "the download failed: " + orUnnamed(title), kb));
        default -> {
          // the query asks for these four only
        }
      }
    }
    return new Mapped(attempts, events, unreadable);
  }

  /** An install through Windows Update of the update the event names. */
  private static InstallAttempt.Builder attempt(Event e, String title, String kb) {
    return InstallAttempt.builder()
        .time(e.time())
        .packageName(title)
        .kb(kb)
        .architecture(title == null ? null : Kbs.architectureIn(title))
        .via(InstallVia.WU);
  }

  private static String orUnnamed(String title) {
    return title == null ? "(update not named)" : title;
  }

  private static LogEvent event(Event e, String code, String message, String kb) {
    return new LogEvent(
        e.time(),
        EventSource.WINDOWS_UPDATE_CLIENT,
        e.id(),
        code,
        "Windows Update client: " + message,
        kb);
  }

  private record Event(int id, Instant time, Map<String, String> data) {}

  /** EventID, TimeCreated/@SystemTime and the named Data of EventData; null when unreadable. */
  private static Event parse(String xml) {
    Document doc;
    try {
      doc = SafeXml.builder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (SAXException | IOException e) {
      return null;
    }
    Element eventId = first(doc, "EventID");
    Element created = first(doc, "TimeCreated");
    if (eventId == null || created == null) {
      return null;
    }
    int id;
    Instant time;
    try {
      id = Integer.parseInt(eventId.getTextContent().trim());
      time = Instant.parse(created.getAttribute("SystemTime").trim());
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
    Map<String, String> data = new HashMap<>();
    NodeList items = doc.getElementsByTagName("Data");
    for (int i = 0; i < items.getLength(); i++) {
      Element d = (Element) items.item(i);
      data.put(d.getAttribute("Name"), d.getTextContent().trim());
    }
    return new Event(id, time, data);
  }

  private static Element first(Document doc, String tag) {
    return (Element) doc.getElementsByTagName(tag).item(0);
  }
}
