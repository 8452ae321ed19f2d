package org.wuhealth.collector.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Wevtapi;
import com.sun.jna.platform.win32.WevtapiUtil;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.Winevt;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.collector.EventLogReader;
import org.wuhealth.collector.NativeException;

/** EvtQuery (newest first), EvtNext and EvtRender as XML. */
final class JnaEventLogReader implements EventLogReader {
  private static final int BATCH = 32;
  private static final int NEXT_TIMEOUT_MS = 5_000;

  @Override
  public List<String> query(String channel, String query, int max) throws NativeException {
    // a failing stub (Wine's) may not set an error; an old one must not be reported instead
    Native.setLastError(0);
    Winevt.EVT_HANDLE results =
        Wevtapi.INSTANCE.EvtQuery(
            null,
            channel,
            query,
            Winevt.EVT_QUERY_FLAGS.EvtQueryChannelPath
                | Winevt.EVT_QUERY_FLAGS.EvtQueryReverseDirection);
    if (results == null) {
      throw JnaSystemReader.error("EvtQuery " + channel, Native.getLastError());
    }
    List<String> events = new ArrayList<>();
    try {
      Winevt.EVT_HANDLE[] handles = new Winevt.EVT_HANDLE[BATCH];
      while (events.size() < max) {
        IntByReference returned = new IntByReference();
        if (!Wevtapi.INSTANCE.EvtNext(results, BATCH, handles, NEXT_TIMEOUT_MS, 0, returned)) {
          int error = Native.getLastError();
          if (error == WinError.ERROR_NO_MORE_ITEMS) {
            break;
          }
          throw JnaSystemReader.error("EvtNext " + channel, error);
        }
        for (int i = 0; i < returned.getValue(); i++) {
          try {
            if (events.size() < max) {
              events.add(render(handles[i]));
            }
          } catch (Win32Exception e) {
            // one event that cannot be rendered is counted as unreadable, not the whole channel
            events.add("");
          } finally {
            Wevtapi.INSTANCE.EvtClose(handles[i]);
          }
        }
      }
    } finally {
      Wevtapi.INSTANCE.EvtClose(results);
    }
    return events;
  }

  private static String render(Winevt.EVT_HANDLE event) {
    Memory xml =
        WevtapiUtil.EvtRender(
            null, event, Winevt.EVT_RENDER_FLAGS.EvtRenderEventXml, new IntByReference());
    return xml.getWideString(0);
  }
}
