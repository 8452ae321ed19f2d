package org.wuhealth.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * The time one host may take, reading and rules together. Drools runs rule code on the calling
 * thread and nothing in Java stops a thread that does not cooperate, so past the budget a watchdog
 * thread does, in order: halts the host's rule session (a rule that re-triggers itself stops
 * between firings), interrupts the thread (a rule that sleeps or waits stops), and after a grace
 * second stops the thread ({@link Thread#stop}: deprecated, but on Java 17, which wuhealth runs on
 * and ships, it is the only way to end a {@code while (true)} in a rule's action or {@code eval}).
 * The host then fails with one line that says where the time went and which rule ran; its session
 * is destroyed, not pooled. On a Java where {@code Thread.stop} is gone the thread is abandoned (it
 * keeps a processor busy until the run ends) and the host fails all the same.
 */
public final class HostBudget {
  /** Tens of seconds: real hosts take milliseconds, a CBS export of 40,000 packages a second. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

  private static final Duration GRACE = Duration.ofSeconds(1);
  private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  public static final HostBudget DEFAULT = new HostBudget(DEFAULT_LIMIT);

  private final Duration limit;

  /**
   * @param limit zero or negative: none
   */
  public HostBudget(Duration limit) {
    this.limit = limit;
  }

  public Duration limit() {
    return limit;
  }

  /**
   * One thread for every budget. A host that ends in time cancels its expiry, which must then leave
   * the queue at once: kept until its 30 s were up, a batch of a thousand hosts a second held some
   * 40,000 finished runs (measured, in a heap histogram of a 100,000-host batch).
   */
  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "wuhealth-watchdog");
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  /** How many expiries the watchdog holds: one per run still open (and per kill pending). */
  static int watched() {
    return WATCHDOG.getQueue().size();
  }

  /** Starts timing the current thread's work on one host; close the run when it ends. */
  public Run start() {
    Run run = new Run(Thread.currentThread());
    CURRENT.set(run);
    if (!limit.isZero() && !limit.isNegative()) {
      run.expiry = WATCHDOG.schedule(run::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
    }
    return run;
  }

  /** The run of the current thread, or null outside one. */
  static Run current() {
    return CURRENT.get();
  }

  /** Thrown on the host's thread when the budget ran out and its work returned by itself. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Exceeded(String message) {
      super(message, null, false, false);
    }
  }

  /** One host's work on one thread. */
  public final class Run implements AutoCloseable {
    private final Thread thread;
    private final Map<String, Long> spent = new LinkedHashMap<>();
    private String phase = "reading";
    private long phaseStart = System.nanoTime();
    private boolean active = true;
    private boolean expired;
    private String overBudget;
    private volatile KieSession session;
    private volatile String firing;
    private ScheduledFuture<?> expiry;
    private ScheduledFuture<?> kill;

    private Run(Thread thread) {
      this.thread = thread;
    }

    /** The work moves on to {@code name} ("rules"). */
    public synchronized void phase(String name) {
      long now = System.nanoTime();
      spent.merge(phase, now - phaseStart, Long::sum);
      phase = name;
      phaseStart = now;
    }

    void session(KieSession s) {
      session = s;
    }

    void firing(String rule) {
      firing = rule;
    }

    /** The rule whose action runs now, or null. */
    String firing() {
      return firing;
    }

    /** True when the budget ran out; the caller then fails the host with {@link #message}. */
    public synchronized boolean expired() {
      return expired;
    }

    /** Fails the current work when the budget ran out (a halted session returns normally). */
    public void check() {
      if (expired()) {
        throw new Exceeded(message());
      }
    }

    /** Where the time went and what ran: "over the time budget of 30 s (reading 0.1 s, ...)". */
    public synchronized String message() {
      return overBudget;
    }

    private synchronized void expire() {
      if (!active) {
        return;
      }
      expired = true;
      phase(phase);
      String rule = firing;
      if (rule == null) {
        rule = RuleFrames.ruleOf(thread.getStackTrace()).orElse(null);
      }
      StringBuilder b =
          new StringBuilder("over the time budget of ")
              .append(seconds(limit.toNanos()))
              .append(" (");
      spent.forEach(
          (name, nanos) -> b.append(name).append(' ').append(seconds(nanos)).append(", "));
      b.setLength(b.length() - 2);
      b.append(')');
      if ("rules".equals(phase)) {
        b.append(
            rule != null
                ? "; rule " + rule + " was still running"
                : "; the rules' conditions were still being evaluated");
      }
      b.append("; raise it with --host-timeout");
      overBudget = b.toString();
      KieSession s = session;
      if (s != null) {
        s.halt();
      }
      thread.interrupt();
      kill = WATCHDOG.schedule(this::kill, GRACE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private synchronized void kill() {
      if (!active) {
        return;
      }
      try {
        thread.stop();
      } catch (UnsupportedOperationException e) {
        // Java 20 and later: the thread cannot be stopped and is abandoned (see the class comment)
      }
    }

    @Override
    public synchronized void close() {
      active = false;
      if (expiry != null) {
        expiry.cancel(false);
      }
      if (kill != null) {
        kill.cancel(false);
      }
      if (CURRENT.get() == this) {
        CURRENT.remove();
      }
      if (thread == Thread.currentThread()) {
        Thread.interrupted();
      }
    }
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
