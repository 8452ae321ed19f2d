package org.wuhealth.importers.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;
import org.wuhealth.importers.TestFiles;

class ServiceListParserTest {
  private static final List<ServiceInfo> WSUS_SERVER =
      List.of(
          new ServiceInfo(
              "BITS",
              "Background Intelligent Transfer Service",
              ServiceState.RUNNING,
              StartType.MANUAL),
          new ServiceInfo(
              "CryptSvc", "Cryptographic Services", ServiceState.RUNNING, StartType.AUTOMATIC),
          new ServiceInfo(
              "TrustedInstaller",
              "Windows Modules Installer",
              ServiceState.STOPPED,
              StartType.MANUAL),
          new ServiceInfo(
              "W3SVC",
              "World Wide Web Publishing Service",
              ServiceState.RUNNING,
              StartType.AUTOMATIC),
          new ServiceInfo("WsusService", "WSUS Service", ServiceState.RUNNING, StartType.AUTOMATIC),
          new ServiceInfo("wuauserv", "Windows Update", ServiceState.STOPPED, StartType.DISABLED));

  private static ServiceListParser.ServiceList parse(String capture) throws Exception {
    return ServiceListParser.parse(capture, TestFiles.text(capture));
  }

  @Test
  void exportCsvAndJsonOfTheSameServicesAgree() throws Exception {
    ServiceListParser.ServiceList csv = parse("services/get-service-export-csv.csv");
    ServiceListParser.ServiceList json = parse("services/get-service-convertto-json.json");
    assertEquals(WSUS_SERVER, csv.services());
    assertEquals(
        WSUS_SERVER, json.services(), "numeric Status and StartType of Windows PowerShell");
    assertNull(csv.host(), "MachineName \".\" names no host");
  }

  @Test
  void powerShell7NamesAndDelayedStart() throws Exception {
    assertEquals(
        List.of(
            new ServiceInfo(
                "wuauserv", "Windows Update", ServiceState.START_PENDING, StartType.MANUAL),
            new ServiceInfo(
                "BITS",
                "Background Intelligent Transfer Service",
                ServiceState.RUNNING,
                StartType.AUTOMATIC)),
        parse("services/get-service-ps7-enums-as-strings.json").services());
  }

  @Test
  void numericAndNamedStatesAndStartTypes() {
    assertEquals(ServiceState.PAUSED, ServiceListParser.state("7"));
    assertEquals(ServiceState.STOP_PENDING, ServiceListParser.state("Stop Pending"));
    assertEquals(ServiceState.UNKNOWN, ServiceListParser.state("Weird"));
    assertEquals(StartType.AUTOMATIC, ServiceListParser.startType("Auto"));
    assertEquals(StartType.AUTOMATIC_DELAYED, ServiceListParser.startType("AutomaticDelayedStart"));
    assertEquals(StartType.DISABLED, ServiceListParser.startType("4"));
  }

  @Test
  void win32ServiceExportWithStateAndStartMode() throws Exception {
    String csv =
        "\"Name\",\"DisplayName\",\"State\",\"StartMode\",\"SystemName\"\r\n\"wuauserv\",\"Windows Update\",\"Running\",\"Manual\",\"SRV01\"\r\n";
    ServiceListParser.ServiceList list = ServiceListParser.parse("svc.csv", csv);
    assertEquals(
        List.of(
            new ServiceInfo("wuauserv", "Windows Update", ServiceState.RUNNING, StartType.MANUAL)),
        list.services());
    assertEquals("SRV01", list.host());
  }
}
