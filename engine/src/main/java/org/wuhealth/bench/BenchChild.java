package org.wuhealth.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.wuhealth.batch.BatchFormat;
import org.wuhealth.batch.BatchRunner;
import org.wuhealth.batch.HostLoader;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.engine.InputFiles;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.fleet.FleetPolicy;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * One measurement in its own JVM, started by {@link FleetBench}: {@code parse} (read each file and
 * parse its JSON, nothing else: the baseline), {@code read} (the snapshot reader: decode, parse,
 * validate against the schema, map to facts) or {@code batch} (the whole batch, as {@code wuhealth
 * batch} runs it, with all outputs). Prints one line: mode, jobs, hosts, seconds, CPU seconds of
 * the process during the timed run, peak RSS in KiB. Before the timed run the whole fleet is
 * processed {@code warmup} times, in every mode alike, so that the JIT compilers have settled (a
 * batch loads far more code than a bare parse, and C2 keeps compiling for several thousand hosts);
 * the timed run then processes the fleet {@code passes} times.
 */
public final class BenchChild {
  private BenchChild() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int jobs = Integer.parseInt(args[1]);
    Path fleet = Path.of(args[2]);
    Path out = Path.of(args[3]);
    int warmup = Integer.parseInt(args[4]);
    int passes = Integer.parseInt(args[5]);
    List<Path> files = InputFiles.expand(fleet.toString());
    double[] cpu = new double[1];
    double seconds =
        switch (mode) {
          case "parse" -> eachFile(files, warmup, passes, jobs, BenchChild::parse, cpu);
          case "read" -> eachFile(files, warmup, passes, jobs, BenchChild::read, cpu);
          case "batch" -> batch(files, warmup, passes, jobs, out, cpu);
          default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    System.out.printf(
        Locale.ROOT,
        "%s %d %d %.3f %.3f %d%n",
        mode,
        jobs,
        (long) files.size() * passes,
        seconds,
        cpu[0],
        peakRssKib());
  }

  private interface FileTask {
    void run(Path file) throws Exception;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SnapshotReader READER = new SnapshotReader();

  private static void parse(Path file) throws IOException {
    JSON.readTree(Files.readAllBytes(file));
  }

  private static void read(Path file) throws Exception {
    READER.read(file);
  }

  private static double eachFile(
      List<Path> files, int warmup, int passes, int jobs, FileTask task, double[] cpu)
      throws Exception {
    for (int i = 0; i < warmup; i++) {
      runAll(files, jobs, task);
    }
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      runAll(files, jobs, task);
    }
    cpu[0] = (processCpuNanos() - cpuStart) / 1e9;
    return (System.nanoTime() - start) / 1e9;
  }

  /** CPU time of the whole process (all threads, GC and JIT included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void runAll(List<Path> files, int jobs, FileTask task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    AtomicInteger next = new AtomicInteger();
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int j = 0; j < jobs; j++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                    task.run(files.get(i));
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static double batch(
      List<Path> files, int warmup, int passes, int jobs, Path out, double[] cpu) throws Exception {
    BatchRunner runner =
        new BatchRunner(
            new Analyzer(BundledRules.compile()),
            new FleetAnalyzer(BundledRules.compileFleet()),
            HostLoader.standard(SnapshotReader.DEFAULT_MAX_BYTES, "bench"),
            new BatchRunner.Options(
                jobs, null, BatchFormat.all, Severity.HIGH, FleetPolicy.DEFAULT));
    BatchRunner.Listener quiet =
        new BatchRunner.Listener() {
          @Override
          public void done(long count) {}

          @Override
          public void error(String message) {}
        };
    for (int i = 0; i < warmup; i++) {
      runner.run(files, List.of(), out, "bench", quiet);
    }
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      runner.run(files, List.of(), out, "bench", quiet);
    }
    cpu[0] = (processCpuNanos() - cpuStart) / 1e9;
    return (System.nanoTime() - start) / 1e9;
  }

  /** VmHWM: the peak resident set size of this process so far. */
  static long peakRssKib() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
