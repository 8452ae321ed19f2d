package org.wuhealth.collector;

import java.util.List;

/** The service control manager's list of services (gather step). */
public interface ServiceReader {
  /**
   * One service as EnumServicesStatusEx reports it.
   *
   * @param currentState SERVICE_STOPPED 1, START_PENDING 2, STOP_PENDING 3, RUNNING 4,
   *     CONTINUE_PENDING 5, PAUSE_PENDING 6, PAUSED 7
   */
  record RawService(String name, String displayName, int currentState) {}

  /** Every Win32 service, with connect and enumerate rights only (no elevation needed). */
  List<RawService> services() throws NativeException;
}
