package org.wuhealth.collector;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Windows readers that give fixed answers, for collecting a live snapshot off Windows. */
public final class FakeWindows {
  private FakeWindows() {}

  /** What a WMI static method call does here: answers, or throws as Windows would. */
  @FunctionalInterface
  public interface StaticCall {
    Map<String, Object> call(
        String namespace, String className, String method, List<String> outParameters)
        throws NativeException;
  }

  /** A system that always gives this answer and this much free disk space. */
  public static SystemReader system(SystemReader.NativeSystem answer, long freeBytes) {
    return new SystemReader() {
      @Override
      public SystemReader.NativeSystem read() {
        return answer;
      }

      @Override
      public long freeBytes(String directory) {
        return freeBytes;
      }
    };
  }

  /** A WMI whose every query gives these rows (the QFE list), and whose static calls do this. */
  public static WmiReader wmi(List<Map<String, Object>> rows, StaticCall staticCall) {
    return new WmiReader() {
      @Override
      public List<Map<String, Object>> query(
          String namespace, String wql, List<String> properties, Duration timeout) {
        return rows;
      }

      @Override
      public Map<String, Object> callStatic(
          String namespace, String className, String method, List<String> outParameters)
          throws NativeException {
        return staticCall.call(namespace, className, method, outParameters);
      }
    };
  }
}
