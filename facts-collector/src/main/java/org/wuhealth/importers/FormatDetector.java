package org.wuhealth.importers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.wuhealth.importers.logs.CbsLogParser;
import org.wuhealth.importers.logs.ReportingEventsParser;
import org.wuhealth.importers.logs.WindowsUpdateLogParser;
import org.wuhealth.importers.registry.RegFileParser;
import org.wuhealth.importers.servicing.ComponentStoreParser;
import org.wuhealth.importers.text.Lines;
import org.wuhealth.importers.text.TextDecoding;
import org.wuhealth.snapshot.Excerpt;

/**
 * Tells what a file is from its first bytes, never from its name: a support bundle names files
 * however its collector liked ("sysinfo.txt", "qfe.csv", "1.log").
 */
public final class FormatDetector {
  /** How much of a file detection looks at. */
  public static final int HEAD_BYTES = 64 * 1024;

  /** A systeminfo OS version value: "6.3.9600 N/A Build 9600" repeats the build at its end. */
  private static final Pattern OS_VERSION_VALUE =
      Pattern.compile("(?m)(?:^|[\\s:,\"])\\d{1,2}\\.\\d{1,2}\\.(\\d{3,5}) \\S.*? \\1\\b");

  private static final Pattern SYSTEM_TYPE =
      Pattern.compile("(?i)\\b(x64|x86|arm64|ia64)-based\\b");

  private FormatDetector() {}

  /** A file's type, or why it is not one wuhealth reads. */
  public record Detection(FileType type, String reason) {
    /** One per type: planning a fleet keeps a detection per file while it reads their heads. */
    private static final Map<FileType, Detection> KNOWN = new EnumMap<>(FileType.class);

    static {
      for (FileType type : FileType.values()) {
        KNOWN.put(type, new Detection(type, null));
      }
    }

    private static Detection of(FileType type) {
      return KNOWN.get(type);
    }

    public static Detection unknown(String reason) {
      return new Detection(null, reason);
    }

    public boolean known() {
      return type != null;
    }
  }

  /** Detects the type of a file from its first (up to {@link #HEAD_BYTES}) bytes. */
  public static Detection detect(byte[] head) {
    if (head.length == 0) {
      return Detection.unknown("empty file");
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
      return Detection.of(FileType.ZIP);
    }
    if (isSnapshotJson(head)) {
      return Detection.of(FileType.SNAPSHOT);
    }
    String text = TextDecoding.decode(head).text();
    // JSON first when it plainly is JSON: most batch inputs are snapshots, and the line-based
    // checks below cost far more. ReportingEvents.log lines also start with "{", a GUID's.
    if (looksLikeJson(text)) {
      return json(text);
    }
    if (isBinary(text)) {
      return Detection.unknown("binary file, not a text export");
    }
    List<String> lines = Lines.split(text).stream().filter(l -> !l.isBlank()).limit(200).toList();
    if (lines.isEmpty()) {
      return Detection.unknown("blank file");
    }
    String first = lines.get(0).strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (RegFileParser.isRegistryExport(first)) {
      return Detection.of(FileType.REGISTRY);
    }
    if (lines.stream().anyMatch(l -> ReportingEventsParser.RECORD_START.matcher(l).find())) {
      return Detection.of(FileType.REPORTING_EVENTS);
    }
    if (first.startsWith("{") || first.startsWith("[")) {
      return json(text);
    }
    if (first.startsWith("<")) {
      return markup(first.toLowerCase(Locale.ROOT), lower);
    }
    if (first.startsWith("#Software: Microsoft Internet Information Services")
        || lines.stream().anyMatch(l -> l.startsWith("#Fields:") && l.contains("cs-uri-stem"))) {
      return Detection.of(FileType.IIS_LOG);
    }
    if (lines.stream().anyMatch(l -> CbsLogParser.LINE.matcher(l).matches())) {
      return Detection.of(FileType.CBS_LOG);
    }
    if (lines.stream()
        .anyMatch(
            l ->
                WindowsUpdateLogParser.CLASSIC.matcher(l).matches()
                    || WindowsUpdateLogParser.ETW.matcher(l).matches())) {
      return Detection.of(FileType.WINDOWS_UPDATE_LOG);
    }
    if (ComponentStoreParser.MARKER.matcher(text).find()) {
      return Detection.of(FileType.COMPONENT_STORE);
    }
    if (lower.contains("hotfixid")) {
      return Detection.of(FileType.QFE);
    }
    if (isServiceCsv(lines)) {
      return Detection.of(FileType.SERVICES);
    }
    if (OS_VERSION_VALUE.matcher(text).find() && SYSTEM_TYPE.matcher(text).find()) {
      return Detection.of(FileType.SYSTEMINFO);
    }
    return Detection.unknown(
        "not an export wuhealth reads (starts with " + Excerpt.quote(first) + ")");
  }

  /**
   * An HTML page (wuhealth's batch report quotes setting names in its findings) or XML: a WSUS
   * web.config holds its settings inside {@code <configuration>}; IIS's applicationHost.config is
   * the one configuration file that declares or holds {@code system.applicationHost}, a section IIS
   * allows nowhere else.
   */
  private static Detection markup(String first, String lower) {
    if (first.startsWith("<!doctype html") || first.startsWith("<html")) {
      return lower.contains("<title>wuhealth")
          ? Detection.of(FileType.REPORT)
          : Detection.unknown("an HTML page, not an export");
    }
    boolean configuration = lower.contains("<configuration");
    if (configuration
        && (lower.contains("maxinstalledprerequisites") || lower.contains("maxcachedupdates"))) {
      return Detection.of(FileType.WSUS_WEB_CONFIG);
    }
    if (configuration
        && (lower.contains("<system.applicationhost")
            || lower.contains("<sectiongroup name=\"system.applicationhost\""))) {
      return Detection.of(FileType.IIS_CONFIG);
    }
    return Detection.unknown(
        "XML without the WSUS ClientWebService settings or IIS's system.applicationHost");
  }

  private static final byte[] SCHEMA_VERSION_BYTES =
      "\"schemaVersion\"".getBytes(StandardCharsets.US_ASCII);

  /**
   * A snapshot told from its bytes, without decoding them: UTF-8 JSON (a byte order mark and blanks
   * allowed) whose head names "schemaVersion". Most batch inputs are snapshots and are detected
   * before the batch starts, so this must cost microseconds, not a decoding.
   */
  private static boolean isSnapshotJson(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= head.length || head[i] != '{') {
      return false;
    }
    return contains(head, i, SCHEMA_VERSION_BYTES);
  }

  private static boolean contains(byte[] bytes, int from, byte[] part) {
    for (int at = from; at <= bytes.length - part.length; at++) {
      if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
        return true;
      }
    }
    return false;
  }

  /** "{" or "[" followed (after blanks) by a member name, an object or the end: not a GUID. */
  static boolean looksLikeJson(String text) {
    int i = skipBlanks(text, 0);
    if (i >= text.length() || (text.charAt(i) != '{' && text.charAt(i) != '[')) {
      return false;
    }
    int next = skipBlanks(text, i + 1);
    if (next >= text.length()) {
      return false;
    }
    char c = text.charAt(next);
    return c == '"' || c == '{' || c == '}' || c == ']';
  }

  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  private static final Pattern SCHEMA_VERSION = Pattern.compile("(?i)\"schemaVersion\"");
  private static final Pattern HOTFIX_ID = Pattern.compile("(?i)\"hotfixid\"");
  private static final Pattern WUHEALTH_TOOL = Pattern.compile("\"tool\"\\s*:\\s*\"wuhealth\"");
  private static final Pattern REPORT_FORMAT = Pattern.compile("\"(?:reportFormat|batchFormat)\"");
  private static final Pattern SERVICE_NAME = Pattern.compile("(?i)\"servicename\"");
  private static final Pattern STATUS = Pattern.compile("(?i)\"status\"");
  private static final Pattern START_TYPE = Pattern.compile("(?i)\"starttype\"");

  /** Microsoft Graph's deployment service: its types, or its URL in @odata.context. */
  private static final Pattern WINDOWS_UPDATES =
      Pattern.compile("(?i)microsoft\\.graph\\.windowsUpdates\\.|/admin/windows/updates/");

  private static Detection json(String text) {
    if (SCHEMA_VERSION.matcher(text).find()) {
      return Detection.of(FileType.SNAPSHOT);
    }
    if (WUHEALTH_TOOL.matcher(text).find() && REPORT_FORMAT.matcher(text).find()) {
      return Detection.of(FileType.REPORT);
    }
    if (WINDOWS_UPDATES.matcher(text).find()) {
      return Detection.of(FileType.DEPLOYMENT_SERVICE);
    }
    if (HOTFIX_ID.matcher(text).find()) {
      return Detection.of(FileType.QFE);
    }
    if (SERVICE_NAME.matcher(text).find()
        || (STATUS.matcher(text).find() && START_TYPE.matcher(text).find())) {
      return Detection.of(FileType.SERVICES);
    }
    return Detection.unknown(
        "JSON that is neither a snapshot, a hotfix list, a service list nor deployment service"
            + " data");
  }

  private static boolean isServiceCsv(List<String> lines) {
    if (lines.get(0).startsWith("#TYPE System.ServiceProcess.ServiceController")) {
      return true;
    }
    String header =
        lines.get(0).startsWith("#TYPE") && lines.size() > 1 ? lines.get(1) : lines.get(0);
    String h = header.toLowerCase(Locale.ROOT);
    return h.contains("name")
        && (h.contains("\"status\"") || h.contains("\"state\"") || h.contains(",status,"))
        && (h.contains("starttype") || h.contains("startmode") || h.contains("servicename"));
  }

  /** Control characters other than tab, line ends and form feed mean this is not text. */
  private static boolean isBinary(String text) {
    int control = 0;
    int sample = Math.min(text.length(), 8192);
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
        control++;
      }
    }
    return control > sample / 100;
  }
}
