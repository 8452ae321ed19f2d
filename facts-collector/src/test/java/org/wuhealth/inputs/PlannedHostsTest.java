package org.wuhealth.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wuhealth.importers.HostIdentity;
import org.wuhealth.inputs.HostInput.Exports;
import org.wuhealth.inputs.HostInput.SnapshotFile;

class PlannedHostsTest {
  private static Exports exports(String source) {
    return new Exports(source, HostIdentity.NONE, List.of(), List.of());
  }

  @Test
  void snapshotsAndExportsComeInTheOrderOfTheirFirstFile() {
    PlannedHosts snapshots = new PlannedHosts();
    Path a = Path.of("fleet", "000", "host-1.json");
    Path b = Path.of("fleet", "001", "host-2.json");
    Path c = Path.of("host-3.json");
    snapshots.addSnapshot(1, a);
    snapshots.addSnapshot(4, b);
    snapshots.addSnapshot(5, c);
    List<HostInput> hosts =
        snapshots.inOrderWith(List.of(exports("web01"), exports("db01")), new int[] {0, 3});
    assertEquals(
        List.of(
            exports("web01"),
            new SnapshotFile(a),
            exports("db01"),
            new SnapshotFile(b),
            new SnapshotFile(c)),
        hosts);
    assertEquals(a.toString(), ((SnapshotFile) hosts.get(1)).file());
    assertThrows(UnsupportedOperationException.class, () -> hosts.add(exports("x")));
  }

  @Test
  void manySnapshotsOfOneFolderKeepTheirPaths() {
    PlannedHosts snapshots = new PlannedHosts();
    for (int i = 0; i < 200; i++) {
      snapshots.addSnapshot(i, Path.of("fleet", "host-" + i + ".json"));
    }
    List<HostInput> hosts = snapshots.inOrderWith(List.of(exports("last")), new int[] {200});
    assertEquals(201, hosts.size());
    assertEquals(new SnapshotFile(Path.of("fleet", "host-199.json")), hosts.get(199));
    assertEquals(exports("last"), hosts.get(200));
  }
}
