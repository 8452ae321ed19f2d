package org.wuhealth.importers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wuhealth.importers.hotfix.HotfixListParser;
import org.wuhealth.importers.logs.CbsLogParser;
import org.wuhealth.importers.logs.LogDigest;
import org.wuhealth.importers.systeminfo.SystemInfoParser;
import org.wuhealth.importers.text.LineReader;
import org.wuhealth.importers.text.TextDecoding;
import org.wuhealth.parsing.ImportException;

/**
 * Parse-time benchmark (a program that prints numbers, not a test): the largest real capture, every
 * real capture, and a generated 50 MB CBS.log streamed in bounded memory. Run it with {@code mvn -q
 * -pl facts-collector test-compile exec:exec@bench} (which caps the heap at 64 MB).
 */
public final class ImportBench {
  private static final long CBS_BYTES = 50L * 1024 * 1024;

  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    Path captures =
        Path.of(
            args.length > 0
                ? args[0]
                : "src/test/resources/org/wuhealth/importers/real-exports/wesng-validation");
    System.out.printf(
        Locale.ROOT,
        "java %s, max heap %d MB%n",
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    captures(captures);
    cbsLog();
  }

  /** Each capture decoded, detected and parsed, after warming up; median of 9 rounds. */
  private static void captures(Path folder) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.filter(
                  p ->
                      p.getFileName().toString().endsWith(".txt")
                          && FormatDetector.detect(TestFiles.bytes(p)).known())
              .sorted(Comparator.comparingLong(ImportBench::size).reversed())
              .toList();
    }
    System.out.println(
        "real captures (decode + detect + parse, median of 9 rounds of 200 after warm-up):");
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (int i = 0; i < 500; i++) {
        parse(file, bytes);
      }
      List<Long> rounds = new ArrayList<>();
      for (int r = 0; r < 9; r++) {
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
          parse(file, bytes);
        }
        rounds.add((System.nanoTime() - start) / 200);
      }
      rounds.sort(null);
      System.out.printf(
          Locale.ROOT,
          "  %-66s %7d bytes %8.1f us%n",
          file.getFileName(),
          bytes.length,
          rounds.get(4) / 1000.0);
    }
  }

  private static Object parse(Path file, byte[] bytes) throws ImportException {
    FormatDetector.Detection d = FormatDetector.detect(bytes);
    String text = TextDecoding.decode(bytes).text();
    return d.type() == FileType.QFE
        ? HotfixListParser.parse(file.toString(), text)
        : SystemInfoParser.parse(file.toString(), text);
  }

  /** A generated CBS.log of 50 MB, streamed three times; the heap peak is read after each run. */
  private static void cbsLog() throws IOException, ImportException {
    Path log = Files.createTempFile("wuhealth-bench-", "-CBS.log");
    try {
      long lines = writeCbsLog(log);
      System.out.printf(
          Locale.ROOT, "generated CBS.log: %d bytes, %d lines%n", Files.size(log), lines);
      for (int run = 1; run <= 3; run++) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        LogDigest digest;
        try (InputStream in = Files.newInputStream(log);
            LineReader reader = new LineReader(in)) {
          digest = CbsLogParser.parse(log.toString(), reader, ZoneOffset.UTC);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "  run %d: %.2f s (%.0f MB/s), %d log lines, %d events kept, heap peak %d MB%n",
            run,
            seconds,
            Files.size(log) / 1e6 / seconds,
            digest.logLines(),
            digest.events().size(),
            heapPeak() >> 20);
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Info lines of a servicing session with an error line every 200 lines, as CBS writes them. */
  private static long writeCbsLog(Path log) throws IOException {
    String[] codes = {"0x80073701", "0x800f081f", "0x80070002", "0x800f0831", "0x80070005"};
    long lines = 0;
    try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.US_ASCII)) {
      long written = 0;
      while (written < CBS_BYTES) {
        String time =
            String.format(
                Locale.ROOT,
                "2025-10-%02d %02d:%02d:%02d",
                1 + (int) (lines / 86400 % 28),
                lines / 3600 % 24,
                lines / 60 % 60,
                lines % 60);
        String line =
            lines % 200 == 0
                ? time
                    + ", Error                 CBS    Failed to resolve package 'Package_"
                    + (lines % 977)
                    + "_for_KB50"
                    + (lines % 89)
                    + "~31bf3856ad364e35~amd64~~10.0.1.13' [HRESULT = "
                    + codes[(int) (lines / 200 % codes.length)]
                    + " - CBS_E_SOURCE_MISSING]"
                : time
                    + ", Info                  CSI    0000"
                    + (lines % 9000)
                    + " Performing 1 operations as follows: (0) LockComponentPath: flags: 0 comp: {l:16 b:"
                    + Long.toHexString(lines * 2654435761L)
                    + "}";
        out.write(line);
        out.write("\r\n");
        written += line.length() + 2;
        lines++;
      }
    }
    return lines;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
