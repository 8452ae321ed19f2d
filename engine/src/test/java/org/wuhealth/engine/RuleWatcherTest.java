package org.wuhealth.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.authoring.RuleWatcher;

class RuleWatcherTest {
  @Test
  void wakesUpWhenARuleFileChanges(@TempDir Path root) throws Exception {
    Path folder = Files.createDirectories(root.resolve("demo").resolve("XX-A"));
    Path drl = Files.writeString(folder.resolve("rule.drl"), "one");
    try (RuleWatcher watcher = new RuleWatcher(List.of(root))) {
      CompletableFuture<Void> change =
          CompletableFuture.runAsync(
              () -> {
                try {
                  watcher.awaitChange();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(100);
      Files.writeString(drl, "two");
      change.get(30, TimeUnit.SECONDS);
      assertTrue(change.isDone());
    }
  }
}
