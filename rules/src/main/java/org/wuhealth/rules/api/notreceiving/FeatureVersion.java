package org.wuhealth.rules.api.notreceiving;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.rules.api.HostOs;

/**
 * Whether a feature update deployment asks for a version the device already runs: the deployment
 * service's catalog names feature updates "Windows 11, version 22H2", and a device on that version
 * or a later one stays where it is (Microsoft's "Deploy feature updates" with the deployment
 * service), so such a deployment is not what the device waits for.
 */
public final class FeatureVersion {
  private static final Pattern NAMED =
      Pattern.compile("(?i)Windows (10|11), version (\\d\\d)H(\\d)");
  private static final Pattern DISPLAY = Pattern.compile("(?i)(\\d\\d)H(\\d)");

  /** Windows 11 builds start at 22000. */
  private static final int FIRST_WINDOWS_11_BUILD = 22000;

  private FeatureVersion() {}

  /** True when the host already runs the deployment's feature update version or a later one. */
  public static boolean reached(Deployment deployment, HostOs host) {
    if (deployment.category() != DeploymentCategory.FEATURE || deployment.update() == null) {
      return false;
    }
    Matcher wanted = NAMED.matcher(deployment.update());
    String running = host.os().displayVersion();
    if (!wanted.find() || running == null) {
      return false;
    }
    Matcher have = DISPLAY.matcher(running);
    if (!have.matches()) {
      return false;
    }
    int product = host.build() >= FIRST_WINDOWS_11_BUILD ? 11 : 10;
    int wantedProduct = Integer.parseInt(wanted.group(1));
    if (product != wantedProduct) {
      return product > wantedProduct;
    }
    return half(have.group(1), have.group(2)) >= half(wanted.group(2), wanted.group(3));
  }

  private static int half(String year, String half) {
    return Integer.parseInt(year) * 10 + Integer.parseInt(half);
  }
}
