import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.wuhealth.snapshot.InputException;
import org.wuhealth.snapshot.SnapshotReader;

/**
 * Checks what the Wine bench produced (run with the distribution's jars on the class path, as a
 * single-file program): the snapshot reads back through wuhealth's own reader (JSON Schema and
 * model), every member of the expected snapshot has the same value in it (objects member by member,
 * arrays element by element and of the same length), and the scan ranked the expected findings.
 *
 * <p>Usage: java -cp 'engine/target/dist/lib/*' VerifyBench.java host.json expected-snapshot.json
 * scan.json expected-findings.json
 */
public final class VerifyBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    Path snapshot = Path.of(args[0]);
    List<String> problems = new ArrayList<>();
    try {
      SnapshotReader.Loaded loaded = new SnapshotReader(64L << 20).read(snapshot);
      loaded.warnings().forEach(w -> problems.add("reader warning: " + w));
    } catch (InputException e) {
      problems.add("the snapshot does not read back: " + e.getMessage());
    }
    JsonNode actual = JSON.readTree(snapshot.toFile());
    compare("", JSON.readTree(Path.of(args[1]).toFile()), actual, problems);
    for (String present : List.of("/collectedAt", "/os/lastBootTime", "/disk/systemDriveFreeBytes")) {
      if (actual.at(present).isMissingNode()) {
        problems.add(present + ": missing");
      }
    }
    JsonNode result = JSON.readTree(Path.of(args[2]).toFile()).at("/results/0");
    List<String> ruleIds = new ArrayList<>();
    result.at("/findings").forEach(f -> ruleIds.add(f.at("/ruleId").asText()));
    for (JsonNode expected : JSON.readTree(Path.of(args[3]).toFile())) {
      if (!ruleIds.contains(expected.asText())) {
        problems.add("scan: no finding " + expected.asText() + " (found " + ruleIds + ")");
      }
    }
    System.out.println("wine-bench: live collection per source under Wine:");
    for (JsonNode s : actual.at("/collector/sources")) {
      System.out.printf(
          "  %-60s %6d ms  %s%n",
          s.at("/name").asText(), s.at("/durationMs").asLong(), s.at("/outcome").asText());
    }
    System.out.println("wine-bench: scan findings, ranked: " + String.join(", ", ruleIds));
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.out.println("wine-bench: MISMATCH " + p));
      System.exit(1);
    }
    System.out.println("wine-bench: the snapshot matches the seeded state, member by member");
  }

  private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(pointer + ": missing, expected " + expected);
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(pointer + ": expected an object, got " + actual);
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        compare(pointer + "/" + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(pointer + ": expected " + expected + ", got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(pointer + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(pointer + ": expected " + expected + ", got " + actual);
    }
  }
}
