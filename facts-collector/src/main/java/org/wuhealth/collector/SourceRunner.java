package org.wuhealth.collector;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.wuhealth.facts.CollectionIssue;
import org.wuhealth.facts.SourceOutcome;
import org.wuhealth.facts.SourceRun;

/**
 * Runs each source on its own daemon thread within its time budget. A source that fails or runs out
 * of time never stops the others: it becomes a collection issue (with the Win32 error when there is
 * one) and its result is null. A source stuck in a native call is abandoned, not killed; the JVM
 * exits without waiting for it.
 */
final class SourceRunner {
  /**
   * What a source reports while it runs: problems that leave its result incomplete, or a skip.
   * Synchronized: a source abandoned at its time-out may still report while the runner reads.
   */
  static final class Log {
    private final String source;
    private final List<CollectionIssue> issues = new ArrayList<>();
    private boolean skipped;

    Log(String source) {
      this.source = source;
    }

    synchronized void issue(String message, String code, String section) {
      issues.add(new CollectionIssue(source, message, code, section));
    }

    synchronized void issue(CollectionIssue issue) {
      issues.add(issue);
    }

    /** The source does not apply to this host (no WSUS role, no ConfigMgr client). */
    synchronized void skip() {
      skipped = true;
    }

    synchronized boolean skipped() {
      return skipped;
    }

    synchronized List<CollectionIssue> issues() {
      return List.copyOf(issues);
    }
  }

  /** A source's work. */
  interface Task<T> {
    T run(Log log) throws Exception;
  }

  /** A source that has been started. */
  final class Pending<T> {
    private final String name;
    private final String section;
    private final Duration budget;
    private final long started;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    private final Log log;
    private volatile long finished;

    private Pending(String name, String section, Duration budget, Task<T> task) {
      this.name = name;
      this.section = section;
      this.budget = budget;
      this.log = new Log(name);
      this.started = System.nanoTime();
      Thread thread =
          new Thread(
              () -> {
                try {
                  T value = task.run(log);
                  finished = System.nanoTime();
                  future.complete(value);
                } catch (Throwable t) {
                  finished = System.nanoTime();
                  future.completeExceptionally(t);
                }
              },
              "wuhealth-" + name);
      thread.setDaemon(true);
      thread.start();
    }

    /** The source's result, or null when it failed, timed out or was skipped. */
    T get() {
      long waitNanos = budget.toNanos() - (System.nanoTime() - started);
      try {
        T value = future.get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
        boolean skipped = log.skipped();
        record(
            skipped
                ? SourceOutcome.SKIPPED
                : log.issues().isEmpty() ? SourceOutcome.OK : SourceOutcome.PARTIAL,
            finished);
        return skipped ? null : value;
      } catch (TimeoutException e) {
        log.issue(
            new CollectionIssue(
                name,
                "did not finish within its time budget of " + seconds(budget) + "; left out",
                null,
                section));
        record(SourceOutcome.TIMED_OUT, started + budget.toNanos());
      } catch (ExecutionException e) {
        log.issue(failure(e.getCause()));
        record(
            e.getCause() instanceof TimeoutException
                ? SourceOutcome.TIMED_OUT
                : SourceOutcome.FAILED,
            finished);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        log.issue(new CollectionIssue(name, "interrupted", null, section));
        record(SourceOutcome.FAILED, System.nanoTime());
      }
      return null;
    }

    private CollectionIssue failure(Throwable t) {
      if (t instanceof NativeException n) {
        return new CollectionIssue(name, n.getMessage(), n.code(), section);
      }
      if (t instanceof TimeoutException) {
        // the source's own limit, which its message states (WMI's --wmi-timeout)
        return new CollectionIssue(
            name,
            "timed out" + (t.getMessage() == null ? "" : ": " + t.getMessage()),
            null,
            section);
      }
      if (t instanceof IOException io) {
        return new CollectionIssue(name, FileErrors.describe(io), FileErrors.code(io), section);
      }
      return new CollectionIssue(name, "failed: " + t, null, section);
    }

    private void record(SourceOutcome outcome, long end) {
      synchronized (runs) {
        runs.add(new SourceRun(name, Math.max(0, (end - started) / 1_000_000), outcome));
        issues.addAll(log.issues());
      }
    }
  }

  private final List<SourceRun> runs = new ArrayList<>();
  private final List<CollectionIssue> issues = new ArrayList<>();

  /**
   * Starts a source now.
   *
   * @param section the snapshot section the source's failure leaves incomplete, or null
   */
  <T> Pending<T> start(String name, String section, Duration budget, Task<T> task) {
    return new Pending<>(name, section, budget, task);
  }

  /** Records a source that does not apply to this host. */
  void skipped(String name) {
    synchronized (runs) {
      runs.add(new SourceRun(name, 0L, SourceOutcome.SKIPPED));
    }
  }

  /** Every source that has ended, in the order they were waited for. */
  List<SourceRun> runs() {
    synchronized (runs) {
      return Collections.unmodifiableList(new ArrayList<>(runs));
    }
  }

  List<CollectionIssue> issues() {
    synchronized (runs) {
      return List.copyOf(issues);
    }
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0
        ? ms / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
