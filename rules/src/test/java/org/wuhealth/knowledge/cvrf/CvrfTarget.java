package org.wuhealth.knowledge.cvrf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wuhealth.testing.TempFiles;

/**
 * The CVRF reader as a fuzz target: XML or JSON, plain or xz-compressed, or a zip archive of them
 * (read from a file, as {@code kb build} reads it). A finding is any exception other than {@link
 * CvrfException}. Seeded with the excerpts of real MSRC documents in the test resources and with an
 * external entity and nested entities; {@link #main} writes the seeds where Jazzer looks for its
 * corpus before bench/fuzz/run.sh fuzzes.
 */
public final class CvrfTarget {
  static final Path RESOURCES = Path.of("src/test/resources/org/wuhealth/knowledge/cvrf");

  /** An external entity (XXE) that reads {@code secret}, to be refused. */
  static String externalEntity(String secret) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE cvrfdoc [<!ENTITY secret SYSTEM \""
        + secret
        + "\">]>\n<cvrfdoc><DocumentTracking><Identification><ID>&secret;</ID>"
        + "</Identification></DocumentTracking></cvrfdoc>\n";
  }

  /** Nested entities (billion laughs), to be refused. */
  static final String BILLION_LAUGHS =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE cvrfdoc [\n <!ENTITY a \"aaaaaaaaaa\">\n"
          + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
          + " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
          + " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
          + " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
          + " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
          + " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
          + " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
          + " <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n]>\n"
          + "<cvrfdoc><DocumentTracking><Identification><ID>&i;</ID></Identification>"
          + "</DocumentTracking></cvrfdoc>\n";

  private CvrfTarget() {}

  /** Reads {@code data} as a CVRF file; throws only on a finding. */
  static void read(byte[] data) {
    try {
      if (data.length >= 2 && data[0] == 'P' && data[1] == 'K') {
        zip(data);
      } else {
        CvrfFiles.read("fuzz.xml", new ByteArrayInputStream(data));
      }
    } catch (CvrfException e) {
      // the reader's own input error: the expected answer to a bad file
    }
  }

  private static void zip(byte[] data) throws CvrfException {
    TempFiles.withFile(".zip", data, CvrfFiles::read);
  }

  /** The seeds: every excerpt of the test resources, and the entity attacks. */
  static List<byte[]> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(RESOURCES)) {
      for (Path file :
          files
              .filter(p -> p.getFileName().toString().startsWith("cvrfDocument-"))
              .sorted()
              .toList()) {
        seeds.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String attack : List.of(externalEntity("secret.txt"), BILLION_LAUGHS)) {
      seeds.add(attack.getBytes(StandardCharsets.UTF_8));
    }
    return seeds;
  }

  /** Writes the seeds into Jazzer's generated-corpus folder of the fuzz test. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(".cifuzz-corpus", CvrfFuzzTest.class.getName(), "cvrf");
    Files.createDirectories(folder);
    List<byte[]> seeds = seeds();
    for (int i = 0; i < seeds.size(); i++) {
      Files.write(folder.resolve(String.format(Locale.ROOT, "seed-%03d", i)), seeds.get(i));
    }
    System.out.printf(Locale.ROOT, "%-18s %3d seeds%n", "cvrf", seeds.size());
  }
}
