package org.wuhealth.rules.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Finds the bundled catalogue on the class path, whether in a directory or inside a jar. */
final class CatalogRoot {
  static final String RESOURCE = "wuhealth/catalog";

  private CatalogRoot() {}

  static Path bundled() {
    URL url = CatalogRoot.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the bundled rule catalogue is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // Opened earlier in this process; Path.of(uri) below reuses it.
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad catalogue location " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the bundled rule catalogue", e);
    }
  }
}
