package org.wuhealth.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.wuhealth.engine.BundledRules;
import org.wuhealth.engine.RuleBase;

/**
 * The bundled rule base, read on a thread of its own from the moment it is started, so that reading
 * it (most of a one-shot run) overlaps the rest of start-up on a second core: the command line,
 * then the inputs or the live system. A run that plainly needs it starts it before picocli builds
 * the command line ({@link #startsEarly}); any other starts it when a command asks.
 */
final class BackgroundRules implements Supplier<RuleBase> {
  /** The one-shot commands that evaluate the bundled rules. */
  private static final Set<String> ONE_SHOT = Set.of("analyze", "scan");

  /** Options after which the run compiles other rules, or prints and exits. */
  private static final List<String> NOT_BUNDLED =
      List.of("--rules", "--only", "--exclude", "--help", "-h", "--version", "-V");

  private final FutureTask<RuleBase> loading = new FutureTask<>(BundledRules::load);
  private boolean started;

  /** True when these arguments run a one-shot command on the bundled rules alone. */
  static boolean startsEarly(String[] args) {
    if (args.length == 0 || !ONE_SHOT.contains(args[0])) {
      return false;
    }
    for (String arg : args) {
      if (NOT_BUNDLED.stream().anyMatch(o -> arg.equals(o) || arg.startsWith(o + "="))) {
        return false;
      }
    }
    return true;
  }

  /** Starts reading, once. */
  synchronized BackgroundRules start() {
    if (!started) {
      started = true;
      Thread thread = new Thread(loading, "wuhealth-rules");
      thread.setDaemon(true);
      thread.start();
    }
    return this;
  }

  /** The rule base, waiting for it (and starting it if nothing did). */
  @Override
  public RuleBase get() {
    start();
    try {
      return loading.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot load the bundled rules", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the bundled rules", e);
    }
  }
}
