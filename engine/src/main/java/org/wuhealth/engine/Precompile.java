package org.wuhealth.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wuhealth.rules.catalog.CatalogContent;

/**
 * Build step: compiles the bundled catalogue and writes the precompiled rule base that start-up
 * reads ({@link BundledRules#load}). Run by Maven in the engine's process-classes phase; silent on
 * success, so that {@code mvn -q package} prints nothing.
 */
public final class Precompile {
  private Precompile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Precompile OUTPUT_FILE");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    RuleBase ruleBase = BundledRules.compile();
    try (OutputStream stream = Files.newOutputStream(out)) {
      RuleBaseStore.write(ruleBase, CatalogContent.bundledKey(), stream);
    }
  }
}
