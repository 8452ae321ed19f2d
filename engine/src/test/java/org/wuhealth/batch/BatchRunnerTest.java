package org.wuhealth.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.engine.FleetAnalyzer;
import org.wuhealth.engine.TestRules;
import org.wuhealth.inputs.HostInput;
import org.wuhealth.inputs.InputPlan;
import org.wuhealth.inputs.Inputs;
import org.wuhealth.parsing.Skipped;
import org.wuhealth.rules.api.Severity;
import org.wuhealth.rules.fleet.FleetPolicy;
import org.wuhealth.snapshot.SnapshotReader;

class BatchRunnerTest {
  @TempDir Path tmp;

  private static final class Recorder implements BatchRunner.Listener {
    final List<Long> done = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public void done(long count) {
      done.add(count);
    }

    @Override
    public void error(String message) {
      errors.add(message);
    }

    @Override
    public void skipped(Skipped skipped) {}
  }

  private final Inputs inputs = new Inputs(SnapshotReader.DEFAULT_MAX_BYTES, "test");

  private InputPlan plan(List<Path> files) {
    return inputs.plan(files.stream().map(Path::toString).toList());
  }

  private BatchRunner runner(HostLoader loader, int jobs) {
    return new BatchRunner(
        TestRules.analyzer(),
        new FleetAnalyzer(TestRules.fleetBase()),
        loader,
        new BatchRunner.Options(jobs, null, BatchFormat.all, Severity.HIGH, FleetPolicy.DEFAULT));
  }

  @Test
  void aHostThatBreaksTheEngineIsReportedAndTheBatchGoesOn() throws Exception {
    HostLoader loader =
        host -> {
          if (host.source().endsWith("na-wrong-os.json")) {
            throw new IllegalStateException("boom");
          }
          return inputs.load(host);
        };
    List<Path> files =
        List.of(
            Path.of("../samples/healthy-server2016.json"),
            Path.of("../samples/na-wrong-os.json"),
            Path.of("../samples/na-wrong-arch.json"));
    Recorder recorder = new Recorder();
    BatchRunner.Outcome outcome = runner(loader, 3).run(plan(files), tmp, "test", recorder);
    assertEquals(3, outcome.inputs());
    assertEquals(2, outcome.analyzed());
    assertEquals(1, outcome.failed());
    assertEquals(List.of(1L, 2L, 3L), recorder.done);
    assertEquals(1, recorder.errors.size());
    assertTrue(
        recorder.errors.get(0).contains("na-wrong-os.json: internal error while analysing"),
        recorder.errors.get(0));
    List<String> rows = Files.readAllLines(tmp.resolve("hosts.csv"));
    assertEquals(3, rows.size(), "header and the two hosts read: " + rows);
    assertTrue(rows.get(2).contains("na-wrong-arch.json"), "input order is kept: " + rows);
  }

  @Test
  void moreInputsThanTheWindowStayInInputOrder() throws Exception {
    Path sample = Path.of("../samples/healthy-server2016.json");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < BatchRunner.WINDOW_PER_JOB * 2 + 5; i++) {
      Path copy = tmp.resolve("in").resolve(String.format("host-%03d.json", i));
      Files.createDirectories(copy.getParent());
      Files.copy(sample, copy);
      files.add(copy);
    }
    Path out = tmp.resolve("out");
    InputPlan plan = plan(files);
    assertEquals(files.size(), plan.hosts().size());
    assertTrue(plan.hosts().stream().allMatch(h -> h instanceof HostInput.SnapshotFile));
    BatchRunner.Outcome outcome = runner(inputs::load, 2).run(plan, out, "test", new Recorder());
    assertEquals(files.size(), outcome.analyzed());
    List<String> rows = Files.readAllLines(out.resolve("hosts.csv"));
    for (int i = 0; i < files.size(); i++) {
      assertTrue(rows.get(i + 1).startsWith(files.get(i).toString() + ","), rows.get(i + 1));
    }
  }
}
