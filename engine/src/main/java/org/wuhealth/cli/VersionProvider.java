package org.wuhealth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version stamped into the build (resource filtered by Maven). */
public final class VersionProvider implements CommandLine.IVersionProvider {
  public static String version() {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/wuhealth-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"wuhealth " + version(), java(System.getProperty("wuhealth.java"))};
  }

  /**
   * "Java 17.0.17 from the bundled runtime (C:\wuhealth\runtime)": which Java runs wuhealth and
   * which of the launcher's choices it is (bundled, JAVA_HOME or PATH; unknown without a launcher).
   */
  static String java(String launcherChoice) {
    String from =
        switch (launcherChoice == null ? "" : launcherChoice) {
          case "bundled" -> " from the bundled runtime";
          case "JAVA_HOME" -> " from JAVA_HOME";
          case "PATH" -> " from java on the PATH";
          default -> "";
        };
    return "Java "
        + System.getProperty("java.version")
        + from
        + " ("
        + System.getProperty("java.home")
        + ")";
  }
}
