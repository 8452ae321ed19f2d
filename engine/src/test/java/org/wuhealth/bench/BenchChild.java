package org.wuhealth.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.wuhealth.batch.BatchFormat;
import org.wuhealth.batch.BatchRunner;
import org.wuhealth.batch.OutputFolder;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.inputs.Inputs;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.fleet.FleetPolicy;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * One measurement in its own JVM, started by {@link FleetBench}: {@code parse} (read each file and
 * parse its JSON, nothing else: the baseline), {@code read} (the snapshot reader: decode, parse,
 * validate against the schema, map to facts) or {@code batch} (the whole batch, as {@code wuhealth
 * batch} runs it, with all outputs). Prints one line: mode, jobs, hosts, seconds, CPU seconds of
 * the process during the timed run, peak RSS in KiB, warm-up passes run, JIT compilation ms during
 * the timed run.
 *
 * <p>Before the timed run the whole fleet is processed at least {@code warmup} times, in every mode
 * alike, and then again until {@value #QUIET_PASSES} passes in a row each spend under {@value
 * #SETTLED_PERCENT}% of their time in the JIT compilers (at most {@value #MAX_WARMUP} passes): a
 * batch loads far more code than a bare parse, and C2 compiles Drools' code for 15 s of CPU over
 * the first several thousand hosts. Timing it before it settles charges the compiler to the
 * workers, and with 2 jobs on 2 cores the compiler takes a worker's core, which hid the batch's
 * scaling. The timed run then processes the fleet {@code passes} times.
 */
public final class BenchChild {
  static final int SETTLED_PERCENT = 2;
  // One quiet pass is not enough: batches that stopped after one went on compiling for 2 s and
  // more in their timed passes.
  static final int QUIET_PASSES = 2;
  // A 1,000-host batch pass runs the per-pass code (planning, the fleet rules, the reports) once,
  // so C2 reaches it late: with at most 20 passes the batch never settled and its timed passes
  // still carried 0.4 to 2.4 s of compiling on the second core; it settles after about 37.
  static final int MAX_WARMUP = 60;

  private BenchChild() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int jobs = Integer.parseInt(args[1]);
    Path fleet = Path.of(args[2]);
    Path out = Path.of(args[3]);
    int warmup = Integer.parseInt(args[4]);
    int passes = Integer.parseInt(args[5]);
    // the batch plans its own inputs: a list of the files held here would count in its peak RSS
    List<Path> files = mode.equals("batch") ? null : files(fleet);
    long hosts = files == null ? count(fleet) : files.size();
    Pass pass =
        switch (mode) {
          case "parse" -> () -> runAll(files, jobs, BenchChild::parse);
          case "read" -> () -> runAll(files, jobs, BenchChild::read);
          case "batch" -> batch(fleet, jobs, out);
          default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int warmupPasses = warmUp(warmup, pass, jit);
    long jitStart = jit.getTotalCompilationTime();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      pass.run();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s %d %d %.3f %.3f %d %d %d%n",
        mode,
        jobs,
        hosts * passes,
        seconds,
        cpu,
        peakRssKib(),
        warmupPasses,
        jit.getTotalCompilationTime() - jitStart);
  }

  private static List<Path> files(Path fleet) throws IOException {
    try (Stream<Path> walk = Files.walk(fleet)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static long count(Path fleet) throws IOException {
    try (Stream<Path> walk = Files.walk(fleet)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  /** One pass over the whole fleet. */
  private interface Pass {
    void run() throws Exception;
  }

  /**
   * Runs at least {@code minimum} passes, then more until {@link #QUIET_PASSES} in a row each spend
   * under {@link #SETTLED_PERCENT}% of their wall time compiling, at most {@link #MAX_WARMUP};
   * returns how many. A minimum of 0 runs none: the peak-RSS runs measure one whole batch from a
   * cold start.
   */
  private static int warmUp(int minimum, Pass pass, CompilationMXBean jit) throws Exception {
    int done = 0;
    int quiet = 0;
    while (minimum > 0 && done < MAX_WARMUP) {
      long jitBefore = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      pass.run();
      done++;
      double passMs = (System.nanoTime() - start) / 1e6;
      boolean settled = jit.getTotalCompilationTime() - jitBefore < passMs * SETTLED_PERCENT / 100;
      quiet = settled ? quiet + 1 : 0;
      if (done >= minimum && quiet >= QUIET_PASSES) {
        break;
      }
    }
    return done;
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

  /** The whole batch as the command runs it, planning the inputs included, on every pass. */
  private static Pass batch(Path fleet, int jobs, Path out) {
    Inputs inputs = new Inputs(SnapshotReader.DEFAULT_MAX_BYTES, "bench", out, OutputFolder.NAMES);
    BatchRunner runner =
        new BatchRunner(
            new Analyzer(BundledRules.compile()),
            new FleetAnalyzer(BundledRules.compileFleet()),
            inputs::load,
            new BatchRunner.Options(
                jobs, null, BatchFormat.all, Severity.HIGH, FleetPolicy.DEFAULT));
    BatchRunner.Listener quiet =
        new BatchRunner.Listener() {
          @Override
          public void done(long count) {}

          @Override
          public void error(String message) {}

          @Override
          public void skipped(Skipped skipped) {}
        };
    return () -> runner.run(inputs.plan(List.of(fleet.toString())), out, "bench", quiet);
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
