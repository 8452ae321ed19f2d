package org.wuhealth.collector;

import java.util.List;

/** The event log (gather step). */
public interface EventLogReader {
  /**
   * The events of {@code channel} that match the XPath {@code query}, newest first, at most {@code
   * max}, each rendered as its event XML (an empty string for one that could not be rendered).
   */
  List<String> query(String channel, String query, int max) throws NativeException;
}
