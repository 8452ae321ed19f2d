import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The reader of the Wine bench's race: runs under Wine (the package's own runtime) while {@code
 * wuhealth collect --out} replaces the same file again and again, reads it as fast as it can, and
 * fails if any read is not a whole snapshot. Stops when the stop file appears.
 *
 * <p>Usage: java -cp "lib\*;race" RaceReader TARGET STOPFILE
 */
public final class RaceReader {
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Path stop = Path.of(args[1]);
    ObjectMapper json = new ObjectMapper();
    long reads = 0;
    long absent = 0;
    long partial = 0;
    while (!Files.exists(stop)) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(target);
      } catch (NoSuchFileException e) {
        absent++;
        continue;
      }
      try {
        JsonNode snapshot = json.readTree(bytes);
        if (snapshot == null || !snapshot.at("/host/name").isTextual()) {
          throw new IOException("no host name");
        }
        reads++;
      } catch (IOException e) {
        if (partial++ == 0) {
          System.out.println("partial file of " + bytes.length + " bytes: " + e.getMessage());
        }
      }
    }
    System.out.println("reads=" + reads + " absent=" + absent + " partial=" + partial);
    System.exit(partial == 0 && reads > 0 ? 0 : 1);
  }
}
