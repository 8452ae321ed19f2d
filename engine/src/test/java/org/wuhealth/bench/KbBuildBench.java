package org.wuhealth.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tukaani.xz.XZInputStream;
import org.wuhealth.knowledge.Knowledge;
import org.wuhealth.knowledge.OsRelease;
import org.wuhealth.knowledge.build.BuildResult;
import org.wuhealth.knowledge.build.DocumentDigest;
import org.wuhealth.knowledge.build.KnowledgeBuild;
import org.wuhealth.knowledge.build.ProductMap;
import org.wuhealth.knowledge.build.Table;
import org.wuhealth.knowledge.build.TableBuilder;
import org.wuhealth.knowledge.cvrf.CvrfFiles;

/**
 * The {@code kb build} benchmark (a benchmark, not a test): in one process, rounds interleaved,
 * prints the median time and the heap peak of: decompressing every document without parsing it (the
 * floor), parsing every document with one thread, and the whole build (read and digest with 1 and 2
 * threads, merge with the hand-made rows, render the tables).
 *
 * <p>Usage: {@code KbBuildBench [--cvrf DIR] [--hand DIR] [--rounds R]}; run it with {@code
 * -Xmx64m} to show that the build streams (the documents unpack to about 200 MB).
 */
public final class KbBuildBench {
  private KbBuildBench() {}

  public static void main(String[] args) throws Exception {
    Path cvrf = Path.of("..", "shared", "msrc-cvrf");
    Path hand = Path.of("rules", "knowledge", "hand");
    int rounds = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cvrf" -> cvrf = Path.of(args[++i]);
        case "--hand" -> hand = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Path> files = CvrfFiles.expand(List.of(cvrf));
    List<OsRelease> catalogue = Knowledge.get().os().all();
    KnowledgeBuild build = new KnowledgeBuild(catalogue, ProductMap.bundled(catalogue));
    TableBuilder.HandRows rows =
        new TableBuilder.HandRows(
            Table.read(hand.resolve("rollups.csv"), Table.ROLLUP_COLUMNS),
            Table.read(hand.resolve("ssu.csv"), Table.SSU_COLUMNS),
            Table.read(hand.resolve("supersedence.csv"), Table.SUPERSEDENCE_COLUMNS));
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    Map<String, Long> peaks = new LinkedHashMap<>();
    long[] unpacked = new long[1];
    for (int round = 0; round <= rounds; round++) {
      boolean warmup = round == 0;
      measure("decompress only (floor)", warmup, seconds, peaks, () -> unpacked[0] = unpack(files));
      measure("parse, 1 thread", warmup, seconds, peaks, () -> parse(files));
      for (int threads : new int[] {1, 2}) {
        measure(
            "whole build, " + threads + " thread" + (threads == 1 ? "" : "s"),
            warmup,
            seconds,
            peaks,
            () -> {
              List<DocumentDigest> digests = build.read(files, threads);
              BuildResult result = new TableBuilder(catalogue).build(digests, rows, List.of());
              result.tables().forEach(KnowledgeBuild::render);
            });
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d documents, %,d MB unpacked; max heap %d MB; %d rounds after one warm-up, medians%n",
        files.size(),
        unpacked[0] >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        rounds);
    seconds.forEach(
        (name, list) ->
            System.out.printf(
                Locale.ROOT,
                "%-28s %6.2f s   heap peak %4d MB%n",
                name,
                median(list),
                peaks.get(name) >> 20));
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void measure(
      String name,
      boolean warmup,
      Map<String, List<Double>> seconds,
      Map<String, Long> peaks,
      Step step)
      throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    step.run();
    double elapsed = (System.nanoTime() - start) / 1e9;
    // The sum of the pools' peaks: an upper bound of the heap's peak.
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    if (!warmup) {
      seconds.computeIfAbsent(name, k -> new ArrayList<>()).add(elapsed);
      peaks.merge(name, peak, Math::max);
    }
  }

  private static long unpack(List<Path> files) throws Exception {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    for (Path f : files) {
      try (InputStream in =
          new XZInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16))) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          total += n;
        }
      }
    }
    return total;
  }

  private static void parse(List<Path> files) throws Exception {
    for (Path f : files) {
      CvrfFiles.read(f);
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
