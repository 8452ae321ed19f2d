package org.wuhealth.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fleet benchmark (a benchmark, not a test): generates synthetic fleets, then measures in one
 * run on the same files, each measurement in a fresh JVM ({@link BenchChild}), rounds interleaved
 * so that a busy machine disturbs every mode alike, and prints medians: parse-only throughput (the
 * baseline), batch throughput with 1 and 2 jobs, and the peak RSS of whole batches of two sizes.
 *
 * <p>Usage: {@code FleetBench [--samples DIR] [--dir DIR] [--hosts N] [--rounds R] [--warmup
 * PASSES] [--passes PASSES] [--rss N,M] [--rss-rounds R] [--jvm-opt OPT]...}: each throughput run
 * first processes the fleet untimed at least {@code --warmup} times (3) and until the JIT compilers
 * have settled ({@link BenchChild}), then {@code --passes} times (2) timed; {@code --rounds 0}
 * measures only the peak RSS, of {@code --rss-rounds} (3) batches of each size.
 */
public final class FleetBench {
  private FleetBench() {}

  public static void main(String[] args) throws Exception {
    Path samples = Path.of("samples");
    Path dir = Path.of("target", "bench");
    int hosts = 1000;
    int rounds = 3;
    int warmup = 3;
    int passes = 2;
    List<Integer> rssSizes = List.of(1000, 100_000);
    int rssRounds = 3;
    List<String> jvmOpts = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--samples" -> samples = Path.of(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--hosts" -> hosts = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--rss" ->
            rssSizes =
                args[++i].isEmpty()
                    ? List.of()
                    : java.util.Arrays.stream(args[i].split(",")).map(Integer::parseInt).toList();
        case "--rss-rounds" -> rssRounds = Integer.parseInt(args[++i]);
        case "--jvm-opt" -> jvmOpts.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    FleetGenerator generator = new FleetGenerator(samples);
    Path throughputFleet = fleet(generator, dir, hosts);
    System.out.printf(
        Locale.ROOT,
        "fleet: %,d hosts, %,d bytes per snapshot on average; %d rounds, interleaved, medians;"
            + " each run: at least %d untimed passes (more until the JIT has settled), then %d"
            + " timed%n",
        hosts,
        size(throughputFleet) / hosts,
        rounds,
        warmup,
        passes);

    System.out.println("load average at start: " + loadAverage());
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Map<String, List<Double>> cpuCost = new LinkedHashMap<>();
    List<String[]> modes =
        List.of(
            new String[] {"parse", "1"},
            new String[] {"read", "1"},
            new String[] {"batch", "1"},
            new String[] {"parse", "2"},
            new String[] {"read", "2"},
            new String[] {"batch", "2"});
    for (int r = 0; r < rounds; r++) {
      for (String[] m : modes) {
        Result res =
            child(jvmOpts, m[0], Integer.parseInt(m[1]), throughputFleet, dir, warmup, passes);
        String key = m[0] + " " + m[1];
        rates.computeIfAbsent(key, k -> new ArrayList<>()).add(res.hosts / res.seconds);
        cpuCost.computeIfAbsent(key, k -> new ArrayList<>()).add(1e3 * res.cpuSeconds / res.hosts);
        System.out.printf(
            Locale.ROOT,
            "  round %d: %-6s jobs %s %8.0f hosts/s %7.2f CPU ms/host  (after %d warm-up passes;"
                + " JIT %d ms while timed)%n",
            r + 1,
            m[0],
            m[1],
            res.hosts / res.seconds,
            1e3 * res.cpuSeconds / res.hosts,
            res.warmupPasses,
            res.jitMs);
      }
    }
    System.out.println("load average at end: " + loadAverage());
    if (rounds > 0) {
      throughputSummary(rates, cpuCost);
    }

    // peak RSS varies by tens of MiB between runs (when the JIT compiles, how much native memory
    // it leaves behind): medians of interleaved runs
    Map<Integer, List<Double>> rss = new LinkedHashMap<>();
    for (int r = 0; r < rssRounds; r++) {
      for (int size : rssSizes) {
        Path fleet = fleet(generator, dir, size);
        Result res = child(jvmOpts, "batch", 2, fleet, dir, 0, 1);
        rss.computeIfAbsent(size, k -> new ArrayList<>()).add((double) res.peakRssKib);
        System.out.printf(
            Locale.ROOT,
            "  round %d: peak RSS, batch of %,d hosts, 2 jobs: %,d MiB (%.0f hosts/s)%n",
            r + 1,
            size,
            Math.round(res.peakRssKib / 1024.0),
            res.hosts / res.seconds);
      }
    }
    rss.forEach(
        (size, v) ->
            System.out.printf(
                Locale.ROOT,
                "peak RSS, batch of %,d hosts, 2 jobs: %,.0f MiB median (of %s MiB)%n",
                size,
                median(v) / 1024,
                v.stream().map(kib -> String.valueOf(Math.round(kib / 1024))).toList()));
    if (rss.size() == 2) {
      List<List<Double>> v = List.copyOf(rss.values());
      System.out.printf(
          Locale.ROOT,
          "peak RSS ratio: %.2f (target <= 1.30)%n",
          median(v.get(1)) / median(v.get(0)));
    }
  }

  /** Medians of the throughput runs and the ratios the targets are about. */
  private static void throughputSummary(
      Map<String, List<Double>> rates, Map<String, List<Double>> cpuCost) {
    System.out.println("mode      hosts/s median  CPU ms/host median  (hosts/s of each run)");
    rates.forEach(
        (k, v) ->
            System.out.printf(
                Locale.ROOT,
                "%-9s %14.0f  %18.2f  %s%n",
                k,
                median(v),
                median(cpuCost.get(k)),
                runs(v)));
    double parse1 = median(rates.get("parse 1"));
    double parse2 = median(rates.get("parse 2"));
    double batch1 = median(rates.get("batch 1"));
    double batch2 = median(rates.get("batch 2"));
    System.out.printf(
        Locale.ROOT,
        "batch / parse-only: %.0f%% with 1 job, %.0f%% with 2 jobs (target >= 25%% with 1 job)%n",
        100 * batch1 / parse1,
        100 * batch2 / parse2);
    // the other reading of "parse-only (read + JSON parse, no rules)": everything but the rules
    System.out.printf(
        Locale.ROOT,
        "batch / read (decode, parse, validate, map; no rules): %.0f%% with 1 job, %.0f%% with 2%n",
        100 * batch1 / median(rates.get("read 1")),
        100 * batch2 / median(rates.get("read 2")));
    System.out.printf(
        Locale.ROOT, "batch 2 jobs / 1 job: %.2fx (target >= 1.7x)%n", batch2 / batch1);
    System.out.printf(
        Locale.ROOT,
        "by CPU cost per host (less sensitive to a busy machine): batch = %.0f%% of parse-only"
            + " throughput with 1 job, %.0f%% with 2%n",
        100 * median(cpuCost.get("parse 1")) / median(cpuCost.get("batch 1")),
        100 * median(cpuCost.get("parse 2")) / median(cpuCost.get("batch 2")));
  }

  private record Result(
      long hosts,
      double seconds,
      double cpuSeconds,
      long peakRssKib,
      int warmupPasses,
      long jitMs) {}

  private static String loadAverage() throws IOException {
    Path p = Path.of("/proc/loadavg");
    return Files.exists(p) ? Files.readString(p).trim() : "unknown";
  }

  private static Result child(
      List<String> jvmOpts, String mode, int jobs, Path fleet, Path dir, int warmup, int passes)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOpts);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BenchChild.class.getName());
    command.add(mode);
    command.add(String.valueOf(jobs));
    command.add(fleet.toString());
    command.add(dir.resolve("out").toString());
    command.add(String.valueOf(warmup));
    command.add(String.valueOf(passes));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (p.waitFor() != 0) {
      throw new IOException("benchmark child failed: " + command + "\n" + out);
    }
    String[] f = out.substring(out.lastIndexOf('\n') + 1).split(" ");
    return new Result(
        Long.parseLong(f[2]),
        Double.parseDouble(f[3]),
        Double.parseDouble(f[4]),
        Long.parseLong(f[5]),
        Integer.parseInt(f[6]),
        Long.parseLong(f[7]));
  }

  /** The fleet of {@code hosts} hosts under {@code dir}, generated once and reused. */
  private static Path fleet(FleetGenerator generator, Path dir, int hosts) throws IOException {
    Path fleet = dir.resolve("fleet-" + hosts);
    Path done = dir.resolve("fleet-" + hosts + ".complete");
    if (!Files.exists(done)) {
      System.out.printf(Locale.ROOT, "generating %,d hosts in %s ...%n", hosts, fleet);
      long bytes = generator.write(fleet, hosts);
      Files.writeString(done, String.valueOf(bytes));
    }
    return fleet;
  }

  private static long size(Path fleet) throws IOException {
    return Long.parseLong(Files.readString(Path.of(fleet + ".complete")).trim());
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String runs(List<Double> values) {
    return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
  }
}
