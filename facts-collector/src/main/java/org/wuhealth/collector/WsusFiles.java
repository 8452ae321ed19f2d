package org.wuhealth.collector;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.ClientWebService;
import org.wuhealth.facts.IisLogSummary;
import org.wuhealth.importers.iis.ApplicationHostConfig;
import org.wuhealth.importers.iis.ApplicationHostConfigParser;
import org.wuhealth.importers.logs.IisLogSummarizer;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.importers.wsus.WsusWebConfigParser;
import org.wuhealth.parsing.ImportException;

/**
 * The files of a WSUS server: the ClientWebService web.config, IIS's applicationHost.config and the
 * IIS logs of the WSUS site (the newest files, at most {@code maxBytes} together).
 */
final class WsusFiles {
  static final String WEB_CONFIG = "file:web.config";
  static final String IIS_CONFIG = "file:applicationHost.config";
  static final String IIS_LOGS = "file:IIS logs";

  /** Configuration files larger than this are not configuration files. */
  static final long MAX_CONFIG_BYTES = 8L << 20;

  private static final Pattern VARIABLE = Pattern.compile("%([^%]+)%");

  private WsusFiles() {}

  static Path webConfig(String installDir) {
    return path(installDir)
        .resolve("WebServices")
        .resolve("ClientWebService")
        .resolve("web.config");
  }

  /** A 32-bit JVM sees SysWOW64 as System32; Sysnative is the real one. */
  static Path applicationHostConfig(Path windows, boolean wow64) {
    return windows
        .resolve(wow64 ? "Sysnative" : "System32")
        .resolve("inetsrv")
        .resolve("config")
        .resolve("applicationHost.config");
  }

  static ClientWebService clientWebService(Path file, SourceRunner.Log log) throws IOException {
    return parsed(file, log, WsusWebConfigParser::parse);
  }

  static ApplicationHostConfig iisConfig(Path file, SourceRunner.Log log) throws IOException {
    return parsed(file, log, ApplicationHostConfigParser::parse);
  }

  /** An importer's parser of a whole file. */
  @FunctionalInterface
  private interface FileParser<T> {
    T parse(String file, byte[] bytes) throws ImportException;
  }

  /** The file as the parser reads it, or null with an issue of the wsus section. */
  private static <T> T parsed(Path file, SourceRunner.Log log, FileParser<T> parser)
      throws IOException {
    try {
      return parser.parse(file.toString(), bytes(file));
    } catch (ImportException e) {
      log.issue(e.getMessage(), null, "wsus");
      return null;
    }
  }

  private static byte[] bytes(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_CONFIG_BYTES) {
      throw new IOException(file + ": " + size + " bytes, too large for a configuration file");
    }
    return Files.readAllBytes(file);
  }

  /**
   * The site's log folder: its logFile directory (or the default) with %SystemDrive%, %windir%,
   * %SystemRoot% and other environment variables expanded, then W3SVC and the site id.
   *
   * @throws FileSystemException for a folder on a network share (central IIS logging): reading it
   *     would be network traffic from an offline scan, and could hang on an unreachable server
   */
  static Path logDirectory(
      String configured, long siteId, Path windows, Map<String, String> environment)
      throws FileSystemException {
    String drive = windows.getParent() == null ? "" : windows.getParent().toString();
    if (drive.endsWith("\\") || drive.endsWith("/")) {
      drive = drive.substring(0, drive.length() - 1);
    }
    Matcher m = VARIABLE.matcher(configured);
    StringBuilder expanded = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String value =
          switch (name) {
            case "systemdrive" -> drive;
            case "windir", "systemroot" -> windows.toString();
            default ->
                environment.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(m.group());
          };
      m.appendReplacement(expanded, Matcher.quoteReplacement(value));
    }
    m.appendTail(expanded);
    if (expanded.toString().startsWith("\\\\")) {
      throw new FileSystemException(
          expanded.toString(), null, "a network share; wuhealth reads only this machine");
    }
    return path(expanded.toString()).resolve("W3SVC" + siteId);
  }

  /**
   * Summarises the newest log files of {@code directory} changed since {@code since}, whole files
   * while they fit in {@code maxBytes}; when the newest alone is larger, its newest part (with the
   * file's header, which names the fields). Null when there is no log.
   */
  static IisLogSummary iisLogs(Path directory, long maxBytes, Instant since, SourceRunner.Log log)
      throws IOException {
    // Skipped only when known to be absent: a folder that may not be read goes on to fail with
    // access denied, which becomes a collection issue.
    if (Files.notExists(directory)) {
      log.skip();
      return null;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.log")) {
      for (Path f : stream) {
        if (Files.isRegularFile(f) && !Files.getLastModifiedTime(f).toInstant().isBefore(since)) {
          files.add(f);
        }
      }
    }
    if (files.isEmpty()) {
      log.skip();
      return null;
    }
    files.sort(Comparator.comparing(WsusFiles::modified).reversed());
    IisLogSummarizer summarizer = new IisLogSummarizer();
    long budget = maxBytes;
    int read = 0;
    for (Path f : files) {
      long size = Files.size(f);
      if (size > budget && read > 0) {
        break;
      }
      try (LineReader lines =
          new LineReader(size > budget ? tailWithHeader(f, budget) : Files.newInputStream(f))) {
        summarizer.add(f.toString(), lines);
      } catch (ImportException e) {
        log.issue(e.getMessage(), null, "wsus");
      }
      read++;
      budget -= Math.min(size, budget);
    }
    if (read < files.size()) {
      log.issue(
          "read the newest "
              + read
              + " of "
              + files.size()
              + " IIS log files (at most "
              + (maxBytes >> 20)
              + " MiB); older ones were left out",
          null,
          null);
    }
    return summarizer.summary();
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /** The file's leading "#" directives, then its last {@code maxBytes}. */
  private static InputStream tailWithHeader(Path file, long maxBytes) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    try (LineReader lines = new LineReader(Files.newInputStream(file))) {
      for (String line = lines.next(); line != null && line.startsWith("#"); line = lines.next()) {
        header.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return new SequenceInputStream(
        new ByteArrayInputStream(header.toByteArray()), LogTail.open(file, maxBytes).stream());
  }

  /** A Windows path; backslashes become the platform's separator (so tests run anywhere). */
  private static Path path(String windowsPath) {
    return Path.of(windowsPath.replace('\\', File.separatorChar));
  }
}
