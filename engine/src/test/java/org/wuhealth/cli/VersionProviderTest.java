package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionProviderTest {
  private static final String HOME = " (" + System.getProperty("java.home") + ")";
  private static final String JAVA = "Java " + System.getProperty("java.version");

  @Test
  void theVersionSaysWhichJavaTheLauncherChose() {
    assertEquals(JAVA + " from the bundled runtime" + HOME, VersionProvider.java("bundled"));
    assertEquals(JAVA + " from JAVA_HOME" + HOME, VersionProvider.java("JAVA_HOME"));
    assertEquals(JAVA + " from java on the PATH" + HOME, VersionProvider.java("PATH"));
    assertEquals(JAVA + HOME, VersionProvider.java(null), "run without a launcher");
  }
}
