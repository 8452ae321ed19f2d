package org.wuhealth.collector.windows;

import com.sun.jna.platform.win32.W32ServiceManager;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.Winsvc;
import java.util.ArrayList;
import java.util.List;
import org.wuhealth.collector.NativeException;
import org.wuhealth.collector.ServiceReader;

/**
 * EnumServicesStatusEx through a service manager opened with connect and enumerate rights only:
 * full access would need elevation, and nothing here changes a service.
 */
final class JnaServiceReader implements ServiceReader {
  @Override
  public List<RawService> services() throws NativeException {
    try (W32ServiceManager manager =
        new W32ServiceManager(
            null, null, Winsvc.SC_MANAGER_CONNECT | Winsvc.SC_MANAGER_ENUMERATE_SERVICE)) {
      List<RawService> services = new ArrayList<>();
      for (Winsvc.ENUM_SERVICE_STATUS_PROCESS s :
          manager.enumServicesStatusExProcess(
              WinNT.SERVICE_WIN32, Winsvc.SERVICE_STATE_ALL, null)) {
        services.add(
            new RawService(
                s.lpServiceName, s.lpDisplayName, s.ServiceStatusProcess.dwCurrentState));
      }
      return services;
    } catch (Win32Exception e) {
      throw JnaSystemReader.error("service manager", e.getErrorCode());
    }
  }
}
