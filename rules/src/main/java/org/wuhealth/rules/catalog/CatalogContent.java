package org.wuhealth.rules.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of everything in the bundled catalogue that goes into a compiled rule base: every
 * {@code .drl} and {@code rule.yml} file, by path and content. A precompiled rule base is used only
 * when its fingerprint matches, so a changed rule can never be served stale. Reads the jar's
 * entries directly, which is much cheaper than loading the catalogue.
 */
public final class CatalogContent {
  private CatalogContent() {}

  /** SHA-256 over the sorted paths and bytes of the bundled catalogue's rule files. */
  public static String bundledKey() {
    URL url = CatalogContent.class.getClassLoader().getResource(CatalogRoot.RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the bundled rule catalogue is missing from the class path");
    }
    try {
      return key(files(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled rule catalogue", e);
    }
  }

  /** The same fingerprint over given files (path relative to the catalogue, bytes). */
  public static String key(Map<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (var e : new TreeMap<>(files).entrySet()) {
        sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue());
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean isRuleFile(String name) {
    return name.endsWith(".drl") || name.endsWith("/rule.yml") || name.equals("rule.yml");
  }

  private static Map<String, byte[]> files(URL url) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if ("jar".equals(url.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      String prefix = CatalogRoot.RESOURCE + "/";
      try (JarFile jar = connection.getJarFile()) {
        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
          String name = entry.getName();
          if (name.startsWith(prefix) && isRuleFile(name)) {
            try (InputStream in = jar.getInputStream(entry)) {
              files.put(name.substring(prefix.length()), in.readAllBytes());
            }
          }
        }
      }
      return files;
    }
    Path root;
    try {
      root = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException("bad catalogue location " + url, e);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (isRuleFile(name)) {
          files.put(name, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }
}
