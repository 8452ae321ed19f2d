package org.wuhealth.collector.windows;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.COM.Wbemcli;
import com.sun.jna.platform.win32.COM.WbemcliUtil;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.OleAuto;
import com.sun.jna.platform.win32.Variant;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.wuhealth.collector.NativeException;
import org.wuhealth.collector.WmiReader;

/**
 * WMI queries and static method calls over COM. Each call initialises COM on its own thread (the
 * collector gives every source a thread) and uninitialises it; a query reads its rows one by one,
 * each within what is left of its time-out.
 */
final class JnaWmiReader implements WmiReader {
  /** RPC_C_AUTHN_LEVEL_DEFAULT, RPC_C_IMP_LEVEL_IMPERSONATE, EOAC_NONE. */
  private static final int AUTHN_LEVEL_DEFAULT = 0;

  private static final int IMP_LEVEL_IMPERSONATE = 3;
  private static final int RPC_E_TOO_LATE = 0x80010119;
  private static final int RPC_E_CHANGED_MODE = 0x80010106;

  /** The time-out as the collection issue reports it: WMI's own limit, not the source's budget. */
  private static TimeoutException timedOut(Duration timeout, int rows) {
    return new TimeoutException(
        "no complete answer within " + timeout.toSeconds() + " s (" + rows + " rows read)");
  }

  @Override
  public List<Map<String, Object>> query(
      String namespace, String wql, List<String> properties, Duration timeout)
      throws NativeException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean initialized = initialize();
    try {
      Wbemcli.IWbemServices services = connect(namespace);
      try {
        Wbemcli.IEnumWbemClassObject rows =
            services.ExecQuery(
                "WQL",
                wql,
                Wbemcli.WBEM_FLAG_FORWARD_ONLY | Wbemcli.WBEM_FLAG_RETURN_IMMEDIATELY,
                null);
        try {
          List<Map<String, Object>> result = new ArrayList<>();
          while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
              throw timedOut(timeout, result.size());
            }
            Pointer[] objects = new Pointer[1];
            IntByReference returned = new IntByReference();
            WinNT.HRESULT hr =
                rows.Next((int) Math.min(Integer.MAX_VALUE, left), 1, objects, returned);
            int code = hr.intValue();
            if (code == Wbemcli.WBEM_S_TIMEDOUT) {
              throw timedOut(timeout, result.size());
            }
            if (COMUtils.FAILED(hr)) {
              throw NativeException.hresult("WMI " + wql, code, null);
            }
            if (returned.getValue() == 0) {
              return result;
            }
            Wbemcli.IWbemClassObject row = new Wbemcli.IWbemClassObject(objects[0]);
            try {
              result.add(properties(row, properties));
            } finally {
              row.Release();
            }
          }
        } finally {
          rows.Release();
        }
      } finally {
        services.Release();
      }
    } catch (COMException e) {
      throw comError("WMI " + wql, e);
    } finally {
      if (initialized) {
        Ole32.INSTANCE.CoUninitialize();
      }
    }
  }

  @Override
  public Map<String, Object> callStatic(
      String namespace, String className, String method, List<String> outParameters)
      throws NativeException {
    boolean initialized = initialize();
    try {
      Wbemcli.IWbemServices services = connect(namespace);
      try {
        Wbemcli.IWbemClassObject out = services.ExecMethod(className, method, 0, null, null);
        try {
          return properties(out, outParameters);
        } finally {
          out.Release();
        }
      } finally {
        services.Release();
      }
    } catch (COMException e) {
      throw comError("WMI " + className + "." + method, e);
    } finally {
      if (initialized) {
        Ole32.INSTANCE.CoUninitialize();
      }
    }
  }

  /** True when this call initialised COM on the thread (and must uninitialise it). */
  private static boolean initialize() throws NativeException {
    WinNT.HRESULT hr = Ole32.INSTANCE.CoInitializeEx(null, Ole32.COINIT_MULTITHREADED);
    int code = hr.intValue();
    if (code == RPC_E_CHANGED_MODE) {
      return false; // already initialised otherwise on this thread: use it as it is
    }
    if (COMUtils.FAILED(hr)) {
      throw NativeException.hresult("CoInitializeEx", code, null);
    }
    // process-wide, once; a second call reports RPC_E_TOO_LATE, which is fine
    WinNT.HRESULT security =
        Ole32.INSTANCE.CoInitializeSecurity(
            null, -1, null, null, AUTHN_LEVEL_DEFAULT, IMP_LEVEL_IMPERSONATE, null, 0, null);
    if (COMUtils.FAILED(security) && security.intValue() != RPC_E_TOO_LATE) {
      Ole32.INSTANCE.CoUninitialize();
      throw NativeException.hresult("CoInitializeSecurity", security.intValue(), null);
    }
    return true;
  }

  private static Wbemcli.IWbemServices connect(String namespace) {
    return WbemcliUtil.connectServer(namespace);
  }

  private static Map<String, Object> properties(Wbemcli.IWbemClassObject object, List<String> names)
      throws NativeException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : names) {
      Variant.VARIANT.ByReference value = new Variant.VARIANT.ByReference();
      WinNT.HRESULT hr = object.Get(name, 0, value, null, null);
      if (COMUtils.FAILED(hr)) {
        throw NativeException.hresult("WMI property " + name, hr.intValue(), null);
      }
      try {
        values.put(name, javaValue(value));
      } finally {
        OleAuto.INSTANCE.VariantClear(value);
      }
    }
    return values;
  }

  /** VT_BSTR, the integer types and VT_BOOL as Java values; VT_NULL and others as null. */
  private static Object javaValue(Variant.VARIANT value) {
    int type = value.getVarType().intValue();
    return switch (type) {
      case Variant.VT_BSTR -> value.stringValue();
      case Variant.VT_I1, Variant.VT_UI1, Variant.VT_I2, Variant.VT_UI2, Variant.VT_I4 ->
          value.intValue();
      case Variant.VT_UI4, Variant.VT_I8, Variant.VT_UI8 -> value.longValue();
      case Variant.VT_BOOL -> value.booleanValue();
      default -> null;
    };
  }

  private static NativeException comError(String what, COMException e) {
    WinNT.HRESULT hr = e.getHresult();
    return NativeException.hresult(
        what, hr == null ? WinError.E_FAIL : hr.intValue(), e.getMessage());
  }
}
