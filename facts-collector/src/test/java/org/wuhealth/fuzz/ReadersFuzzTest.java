package org.wuhealth.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz tests, one per reader of untrusted files ({@link Reader}). In a normal test run they
 * replay the reproducers under {@code ReadersFuzzTestInputs}; with {@code JAZZER_FUZZ=1} one of
 * them fuzzes (bench/fuzz/run.sh runs each in turn, seeded with {@link Reader#seeds}).
 */
class ReadersFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void snapshot(byte[] data) {
    Reader.SNAPSHOT.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void systeminfo(byte[] data) {
    Reader.SYSTEMINFO.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void qfe(byte[] data) {
    Reader.QFE.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void getHotfix(byte[] data) {
    Reader.GET_HOTFIX.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void getService(byte[] data) {
    Reader.GET_SERVICE.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void registry(byte[] data) {
    Reader.REGISTRY.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void reportingEvents(byte[] data) {
    Reader.REPORTING_EVENTS.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void windowsUpdateLog(byte[] data) {
    Reader.WINDOWS_UPDATE_LOG.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void cbsLog(byte[] data) {
    Reader.CBS_LOG.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void iisLog(byte[] data) {
    Reader.IIS_LOG.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void webConfig(byte[] data) {
    Reader.WEB_CONFIG.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void iisConfig(byte[] data) {
    Reader.IIS_CONFIG.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void componentStore(byte[] data) {
    Reader.COMPONENT_STORE.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void graph(byte[] data) {
    Reader.GRAPH.read(data);
  }

  @FuzzTest(maxDuration = "30s")
  void zip(byte[] data) {
    Reader.ZIP.read(data);
  }
}
