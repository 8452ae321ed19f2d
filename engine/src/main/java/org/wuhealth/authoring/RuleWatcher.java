package org.wuhealth.authoring;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for changes below rule directories ({@code rules test --watch}). Editors write a file in
 * several steps, so after the first event it waits until the directories have been quiet briefly.
 */
public final class RuleWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 200;

  private final WatchService service;
  private final List<Path> roots;

  public RuleWatcher(List<Path> roots) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.roots = List.copyOf(roots);
    registerAll();
  }

  /** Blocks until something below the roots changed and then stayed quiet. */
  public void awaitChange() throws InterruptedException, IOException {
    WatchKey key = service.take();
    drain(key);
    while ((key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
      drain(key);
    }
    // New folders (a new rule) must be watched too.
    registerAll();
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  private void registerAll() throws IOException {
    for (Path root : roots) {
      try (Stream<Path> dirs = Files.walk(root)) {
        for (Path dir : dirs.filter(Files::isDirectory).toList()) {
          dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
