package org.wuhealth.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.wuhealth.engine.AnalysisResult;
import org.wuhealth.engine.Analyzer;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.engine.HostBudget;
import org.wuhealth.engine.RuleFailure;
import org.wuhealth.inputs.HostInput;
import org.wuhealth.inputs.InputPlan;
import org.wuhealth.inputs.Loaded;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.report.MonitoringSummary;
import org.wuhealth.report.MonitoringThresholds;
import org.wuhealth.report.NagiosReport;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.fleet.FleetPolicy;
import org.wuhealth.snapshot.InputException;

/**
 * Runs a batch: {@code jobs} worker threads read, analyse (one session per host, one shared rule
 * base) and render hosts; the calling thread writes their results strictly in input order, so the
 * outputs do not depend on timing. At most {@link #WINDOW_PER_JOB} hosts per job are in flight, so
 * memory stays bounded whatever the fleet size.
 */
public final class BatchRunner {
  static final int WINDOW_PER_JOB = 16;

  /**
   * @param analysis how every host is analysed: the evaluation time (null: each snapshot's own),
   *     the rule settings and the run's wall-clock time for the old-snapshot warning
   * @param failOn the threshold counted in the summary; null for none
   * @param thresholds the levels of {@code --format nagios}
   * @param budget the time each host may take, reading and rules
   */
  public record Options(
      int jobs,
      Analyzer.Options analysis,
      BatchFormat format,
      Severity failOn,
      FleetPolicy policy,
      MonitoringThresholds thresholds,
      HostBudget budget) {
    /** Default settings, as of {@code now}, no old-snapshot warning, no time budget. */
    public Options(int jobs, Instant now, BatchFormat format, Severity failOn, FleetPolicy policy) {
      this(
          jobs,
          Analyzer.Options.DEFAULT.asOf(now),
          format,
          failOn,
          policy,
          MonitoringThresholds.DEFAULT,
          HostBudget.DEFAULT);
    }
  }

  /**
   * What the command needs after the run.
   *
   * @param nagios the fleet's status with --format nagios, else null
   */
  public record Outcome(
      long inputs,
      long analyzed,
      long failed,
      long skipped,
      long atOrAboveFailOn,
      int fleetFindings,
      boolean fleetAtOrAboveFailOn,
      NagiosReport.Output nagios) {}

  /** Notified on the writing thread. */
  public interface Listener {
    /** After each host, with the number of hosts done. */
    void done(long count);

    /** For each input that could not be read, with its one-line message. */
    void error(String message);

    /** For each file that is neither a snapshot nor an export. */
    void skipped(Skipped skipped);
  }

  private final Analyzer analyzer;
  private final FleetAnalyzer fleet;
  private final HostLoader loader;
  private final Options options;
  private final HostRenderer renderer;

  public BatchRunner(Analyzer analyzer, FleetAnalyzer fleet, HostLoader loader, Options options) {
    this.analyzer = analyzer;
    this.fleet = fleet;
    this.loader = loader;
    this.options = options;
    this.renderer = new HostRenderer(options.format());
  }

  /**
   * Analyses the hosts of {@code plan} into {@code outDir}. The plan's problems (an argument that
   * names nothing, a file that names no host in a folder of several) are reported first.
   */
  public Outcome run(InputPlan plan, Path outDir, String version, Listener listener)
      throws IOException, InterruptedException {
    Tally tally = new Tally();
    FleetAnalyzer.Session session = fleet.open(options.policy(), plan.hosts().size());
    ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), new WorkerThreads());
    try (BatchOutputs out = new BatchOutputs(outDir, options.format(), options.thresholds())) {
      for (InputException e : plan.problems()) {
        tally.addFailure();
        out.error(e.file(), e.getMessage());
        listener.error(e.getMessage());
      }
      plan.skipped().forEach(listener::skipped);
      tally.skipped = plan.skipped().size();
      ArrayDeque<Future<HostReport>> window = new ArrayDeque<>();
      int limit = options.jobs() * WINDOW_PER_JOB;
      long done = 0;
      List<HostInput> hosts = plan.hosts();
      for (int i = 0; i < hosts.size(); i++) {
        int index = i;
        HostInput host = hosts.get(i);
        window.add(pool.submit(() -> process(index, host)));
        if (window.size() >= limit) {
          write(take(window), out, tally, session, listener);
          listener.done(++done);
        }
      }
      while (!window.isEmpty()) {
        write(take(window), out, tally, session, listener);
        listener.done(++done);
      }
      FleetAnalyzer.Result result = session.finish();
      NagiosReport.Output nagios = out.finish(version, tally, result, options.failOn());
      boolean fleetFailing =
          options.failOn() != null
              && result.findings().stream().anyMatch(f -> f.severity().atLeast(options.failOn()));
      return new Outcome(
          tally.inputs,
          tally.analyzed,
          tally.failed,
          tally.skipped,
          options.failOn() == null ? 0 : tally.hostsAtLeast(options.failOn()),
          result.findings().size(),
          fleetFailing,
          nagios);
    } finally {
      pool.shutdownNow();
    }
  }

  private static HostReport take(ArrayDeque<Future<HostReport>> window)
      throws InterruptedException {
    try {
      return window.poll().get();
    } catch (ExecutionException e) {
      // process() catches everything a host can cause; anything else is a defect.
      throw new IllegalStateException("a batch worker failed", e.getCause());
    }
  }

  private static void write(
      HostReport r, BatchOutputs out, Tally tally, FleetAnalyzer.Session session, Listener listener)
      throws IOException {
    if (!r.ok()) {
      tally.addFailure();
      out.error(r.source(), r.error());
      listener.error(r.error());
      return;
    }
    tally.add(r.tally());
    session.add(r.contribution());
    out.host(r);
  }

  /**
   * Reads, analyses and renders one host within its budget; every failure of this input becomes its
   * error: unreadable, a rule that failed, over the budget.
   */
  HostReport process(int index, HostInput input) {
    String source = input.source();
    try (HostBudget.Run run = options.budget().start()) {
      try {
        HostReport report = analyse(index, input);
        run.check();
        return report;
      } catch (HostBudget.Exceeded | ThreadDeath e) {
        return HostReport.failed(source, source + ": " + run.message());
      } catch (RuleFailure e) {
        return HostReport.failed(source, source + ": " + e.getMessage());
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // One pathological input must not stop the batch; it is reported like an unreadable one.
        return HostReport.failed(source, source + ": internal error while analysing: " + e);
      }
    } catch (ThreadDeath e) {
      // the watchdog's stop arrived while the run was closing: the host still failed its budget
      return HostReport.failed(source, source + ": over the time budget");
    }
  }

  private HostReport analyse(int index, HostInput input) {
    Loaded loaded = loader.load(input);
    if (loaded instanceof Loaded.Failure failure) {
      return HostReport.failed(failure.error().file(), failure.error().getMessage());
    }
    Loaded.Ready host = (Loaded.Ready) loaded;
    AnalysisResult r =
        analyzer.analyze(host.source(), host.snapshot(), host.warnings(), options.analysis());
    return new HostReport(
        r.source(),
        null,
        renderer.findingsJsonl(index, r),
        renderer.csvRow(r),
        renderer.htmlRow(index, r),
        renderer.tally(r),
        fleet.contribution(index, r),
        options.format().monitoring() ? MonitoringSummary.of(r) : null);
  }

  private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "wuhealth-batch-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
