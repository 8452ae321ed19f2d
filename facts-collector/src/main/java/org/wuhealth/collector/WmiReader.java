package org.wuhealth.collector;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** WMI over COM (gather step). Values are Strings, Integers, Longs or Booleans; null when unset. */
public interface WmiReader {
  /** The rows of a WQL query, each with the properties asked for. */
  List<Map<String, Object>> query(
      String namespace, String wql, List<String> properties, Duration timeout)
      throws NativeException, TimeoutException;

  /** Calls a static method without parameters and returns its out-parameters. */
  Map<String, Object> callStatic(
      String namespace, String className, String method, List<String> outParameters)
      throws NativeException;
}
