package org.wuhealth.fuzz;

import java.io.PrintWriter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one fuzz test method ("org.wuhealth.fuzz.ReadersFuzzTest#cbsLog(byte[])") on the JUnit
 * platform, without Maven: bench/fuzz/run.sh starts it once per target with {@code JAZZER_FUZZ=1}
 * and the test class path it resolved once, which spares each target Maven's start-up. Exits 1 when
 * the test fails (a finding).
 */
public final class FuzzRun {
  private FuzzRun() {}

  public static void main(String[] args) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectMethod(args[0]))
                .build(),
            listener);
    PrintWriter err = new PrintWriter(System.err, true);
    listener.getSummary().printTo(err);
    listener.getSummary().printFailuresTo(err, 30);
    boolean ran = listener.getSummary().getTestsSucceededCount() > 0;
    System.exit(ran && listener.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
  }
}
