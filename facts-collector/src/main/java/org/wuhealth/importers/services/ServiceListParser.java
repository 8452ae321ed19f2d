package org.wuhealth.importers.services;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wuhealth.facts.ServiceInfo;
import org.wuhealth.facts.ServiceState;
import org.wuhealth.facts.StartType;
import org.wuhealth.importers.text.Csv;
import org.wuhealth.importers.text.JsonExport;
import org.wuhealth.importers.text.Lines;
import org.wuhealth.parsing.ImportException;

/**
 * Parses service listings: {@code Get-Service | Export-Csv} and {@code Get-Service |
 * ConvertTo-Json} (Windows PowerShell writes Status and StartType as numbers, PowerShell 7 and
 * {@code -EnumsAsStrings} as names), and the same from {@code Get-CimInstance Win32_Service}
 * (State, StartMode "Auto").
 */
public final class ServiceListParser {

  private ServiceListParser() {}

  /** A parsed listing: the services and the host they came from, if it says. */
  public record ServiceList(List<ServiceInfo> services, String host) {
    public ServiceList {
      services = List.copyOf(services);
    }
  }

  public static ServiceList parse(String file, String text) throws ImportException {
    String trimmed = text.strip();
    return trimmed.startsWith("[") || trimmed.startsWith("{")
        ? json(file, trimmed)
        : csv(file, Lines.split(text));
  }

  private static ServiceList csv(String file, List<String> lines) throws ImportException {
    List<String> content =
        lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#TYPE")).toList();
    if (content.isEmpty()) {
      throw new ImportException(file, null, "empty service list");
    }
    List<Csv.Row> rows = Csv.parse(content, Csv.delimiterOf(content.get(0)));
    List<String> header = rows.get(0).cells();
    List<Map<String, String>> records = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      Map<String, String> record = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < header.size(); i++) {
        record.put(header.get(i), row.cell(i));
      }
      records.add(record);
    }
    return build(records);
  }

  private static ServiceList json(String file, String text) throws ImportException {
    JsonNode root = JsonExport.tree(file, text);
    List<Map<String, String>> records = new ArrayList<>();
    for (JsonNode item : root.isArray() ? root : List.of(root)) {
      Map<String, String> record = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      item.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isValueNode()) {
                  record.put(e.getKey(), e.getValue().asText());
                }
              });
      records.add(record);
    }
    return build(records);
  }

  private static ServiceList build(List<Map<String, String>> records) {
    List<ServiceInfo> services = new ArrayList<>();
    String host = null;
    for (Map<String, String> r : records) {
      String name = first(r, "Name", "ServiceName");
      if (name == null) {
        continue;
      }
      services.add(
          new ServiceInfo(
              name,
              first(r, "DisplayName"),
              state(first(r, "Status", "State")),
              startType(first(r, "StartType", "StartMode", "StartupType"))));
      String machine = first(r, "MachineName", "PSComputerName", "SystemName");
      if (host == null && machine != null && !machine.equals(".")) {
        host = machine;
      }
    }
    return new ServiceList(services, host);
  }

  private static String first(Map<String, String> record, String... names) {
    for (String name : names) {
      String v = record.get(name);
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  /** ServiceControllerStatus by number or name, and Win32_Service State ("Start Pending"). */
  static ServiceState state(String text) {
    if (text == null) {
      return ServiceState.UNKNOWN;
    }
    return switch (text.replace(" ", "").toLowerCase(Locale.ROOT)) {
      case "1", "stopped" -> ServiceState.STOPPED;
      case "2", "startpending", "5", "continuepending" -> ServiceState.START_PENDING;
      case "3", "stoppending" -> ServiceState.STOP_PENDING;
      case "4", "running" -> ServiceState.RUNNING;
      case "6", "pausepending", "7", "paused" -> ServiceState.PAUSED;
      default -> ServiceState.UNKNOWN;
    };
  }

  /**
   * ServiceStartMode by number or name (0 Boot, 1 System, 2 Automatic, 3 Manual, 4 Disabled),
   * PowerShell 7's "AutomaticDelayedStart" and Win32_Service's "Auto". Boot and System start with
   * the kernel, so they count as automatic.
   */
  static StartType startType(String text) {
    if (text == null) {
      return StartType.UNKNOWN;
    }
    return switch (text.replace(" ", "").toLowerCase(Locale.ROOT)) {
      case "0", "1", "2", "boot", "system", "automatic", "auto" -> StartType.AUTOMATIC;
      case "automaticdelayedstart", "automaticdelayed", "delayed" -> StartType.AUTOMATIC_DELAYED;
      case "3", "manual" -> StartType.MANUAL;
      case "4", "disabled" -> StartType.DISABLED;
      default -> StartType.UNKNOWN;
    };
  }
}
