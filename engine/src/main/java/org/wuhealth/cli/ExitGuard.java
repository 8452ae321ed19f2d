package org.wuhealth.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.wuhealth.engine.RuleFrames;
import org.wuhealth.io.Temporaries;

/**
 * How the process ends. wuhealth ends it itself ({@link #exit}); anything else that ends it is
 * caught by a shutdown hook: a signal (Ctrl-C, SIGTERM) removes the outputs in progress, keeps the
 * previous results and says "interrupted"; a {@code System.exit} from other code (a rule's action
 * that escaped the compile-time check, say through reflection) is named on stderr and turned into
 * exit code 3, so that {@code rules test} in a CI gate cannot pass by ending the process with 0.
 * ({@code Runtime.halt} runs no hook; rules that call it are refused when they are compiled.)
 */
final class ExitGuard {
  private static final AtomicBoolean ENDING = new AtomicBoolean();

  private ExitGuard() {}

  static void install(PrintWriter err) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> onShutdown(err), "wuhealth-exit"));
  }

  /** Ends the process with {@code code}: the one exit wuhealth means. */
  static void exit(int code) {
    ENDING.set(true);
    System.exit(code);
  }

  private static void onShutdown(PrintWriter err) {
    if (ENDING.get()) {
      return;
    }
    StackTraceElement[] exiting = exitingStack();
    int removed = Temporaries.abandon();
    if (exiting == null || isSignal(exiting)) {
      err.println(
          Diagnostics.error(
              "interrupted"
                  + (removed > 0
                      ? "; the outputs in progress were removed and earlier results kept"
                      : "")));
      err.flush();
      return;
    }
    String who =
        RuleFrames.ruleOf(exiting).map(rule -> "rule " + rule).orElse("code outside wuhealth");
    err.println(
        Diagnostics.error(
            who
                + " called System.exit; rule code must not end the process (nothing was reported)"));
    err.flush();
    Runtime.getRuntime().halt(ExitCodes.INTERNAL);
  }

  /** The stack of the thread that is ending the process, or null when none is found. */
  private static StackTraceElement[] exitingStack() {
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      for (StackTraceElement frame : e.getValue()) {
        if (frame.getClassName().equals("java.lang.Shutdown")
            && frame.getMethodName().equals("exit")) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  /** A signal's handler (java.lang.Terminator) called the exit. */
  private static boolean isSignal(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("java.lang.Terminator")) {
        return true;
      }
    }
    return false;
  }
}
