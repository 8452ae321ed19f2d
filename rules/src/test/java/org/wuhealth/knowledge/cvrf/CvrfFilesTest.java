package org.wuhealth.knowledge.cvrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on real MSRC documents (excerpts, see the resources' SOURCE.md) and on bad ones. */
class CvrfFilesTest {
  @TempDir Path temp;

  static Path resource(String name) {
    try {
      return Path.of(
          CvrfFilesTest.class.getResource("/org/wuhealth/knowledge/cvrf/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CvrfDocument only(Path file) throws CvrfException {
    List<CvrfDocument> docs = CvrfFiles.read(file);
    assertEquals(1, docs.size());
    return docs.get(0);
  }

  private static CvrfFix fix(CvrfDocument doc, String kb, String productId) {
    return doc.fixes().stream()
        .filter(f -> f.kb().equals(kb) && f.productId().equals(productId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kb + " for product " + productId + " not read"));
  }

  @Test
  void readsTheVendorFixesOfAnXmlDocument() throws Exception {
    CvrfDocument doc = only(resource("cvrfDocument-2026-Mar-excerpt.xml"));
    assertEquals("2026-Mar", doc.id());
    assertEquals(LocalDate.of(2026, 3, 10), doc.initialRelease());
    assertEquals(LocalDate.of(2026, 3, 31), doc.currentRelease());
    assertEquals(288, doc.products().size());
    assertEquals("Windows Server 2022 (Server Core installation)", doc.products().get("11924"));
    CvrfFix lcu = fix(doc, "KB5078766", "11923");
    assertEquals("Security Update", lcu.subType());
    assertEquals(3, lcu.vulnerabilities(), "each of the three vulnerabilities lists it");
    assertEquals(Map.of("10.0.20348.4893", 3), lcu.fixedBuilds());
    assertEquals(Set.of("KB5075906"), lcu.supersedes());
    assertEquals("Monthly Rollup", fix(doc, "KB5078774", "10483").subType());
    assertEquals("Security Hotpatch Update", fix(doc, "KB5078737", "11923").subType());
    assertTrue(
        doc.fixes().stream().allMatch(f -> f.kb().matches("KB\\d{6,7}")),
        "fixes that are not KB numbers (release notes, packages) are left out");
  }

  @Test
  void theApiJsonGivesTheSameFactsAsTheXml() throws Exception {
    CvrfDocument xml = only(resource("cvrfDocument-2026-Mar-excerpt.xml"));
    CvrfDocument json = only(resource("cvrfDocument-2026-Mar-excerpt.json"));
    assertEquals(xml.id(), json.id());
    assertEquals(xml.initialRelease(), json.initialRelease());
    assertEquals(xml.currentRelease(), json.currentRelease());
    assertEquals(xml.products(), json.products());
    assertEquals(new HashSet<>(xml.fixes()), new HashSet<>(json.fixes()));
  }

  @Test
  void readsXzAndZipAndSkipsZipMembersThatAreNotDocuments() throws Exception {
    CvrfDocument feb = only(resource("cvrfDocument-2026-Feb-excerpt.xml.xz"));
    assertEquals("2026-Feb", feb.id());
    CvrfDocument nov = only(resource("cvrfDocument-2018-Nov-excerpt.zip"));
    assertEquals("2018-Nov", nov.id());
    assertEquals(
        "Servicing Stack Update",
        nov.fixes().stream()
            .filter(f -> f.kb().equals("KB4465659"))
            .findFirst()
            .orElseThrow()
            .subType());
  }

  @Test
  void aFolderGivesItsDocumentsInNameOrder() throws Exception {
    List<Path> files = CvrfFiles.expand(List.of(resource("SOURCE.md").getParent()));
    assertEquals(
        List.of(
            "cvrfDocument-2018-Nov-excerpt.zip",
            "cvrfDocument-2026-Feb-excerpt.xml.xz",
            "cvrfDocument-2026-Jan-excerpt.json",
            "cvrfDocument-2026-Mar-excerpt.json",
            "cvrfDocument-2026-Mar-excerpt.xml"),
        files.stream().map(p -> p.getFileName().toString()).toList(),
        "SOURCE.md and the script are not documents");
    CvrfException missing =
        assertThrows(CvrfException.class, () -> CvrfFiles.expand(List.of(temp.resolve("nope"))));
    assertTrue(
        missing.getMessage().endsWith("nope: no such file or directory"), missing.getMessage());
  }

  /** The one error reading this file gives. */
  private static String readError(Path file) {
    return assertThrows(CvrfException.class, () -> CvrfFiles.read(file)).getMessage();
  }

  private Path cut(String resource, double fraction) throws IOException {
    byte[] all = Files.readAllBytes(resource(resource));
    Path file = temp.resolve("cut-" + resource);
    Files.write(file, Arrays.copyOf(all, (int) (all.length * fraction)));
    return file;
  }

  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void truncatedXmlNamesTheFileAndTheLine() throws Exception {
    Path file = cut("cvrfDocument-2026-Mar-excerpt.xml", 0.6);
    String message = readError(file);
    assertTrue(
        message.matches("\\Q" + file + "\\E:\\d+:\\d+: not well-formed XML \\(truncated\\?\\): .*"),
        message);
    assertEquals(1, message.lines().count());
  }

  @Test
  void truncatedJsonNamesTheFileAndThePlace() throws Exception {
    Path file = cut("cvrfDocument-2026-Jan-excerpt.json", 0.5);
    String message = readError(file);
    assertTrue(
        message.matches(
            "\\Q" + file + "\\E:\\d+:\\d+: not well-formed JSON \\(truncated\\?\\): .*"),
        message);
  }

  @Test
  void truncatedXzIsDamagedCompressedDataNotBadXml() throws Exception {
    Path file = cut("cvrfDocument-2026-Feb-excerpt.xml.xz", 0.5);
    String message = readError(file);
    assertTrue(message.startsWith(file + ": truncated or damaged xz data: "), message);
  }

  @Test
  void otherXmlAndJsonAreNotCvrf() throws Exception {
    Path rss = write("feed.xml", "<?xml version=\"1.0\"?>\n<rss><channel/></rss>");
    assertEquals(rss + ":2:6: not a CVRF document: the root element is rss", readError(rss));
    Path snapshot = write("host.json", "{\"formatVersion\": 1, \"hostName\": \"WS01\"}");
    assertEquals(
        snapshot
            + ": not a CVRF document: it has no document id (DocumentTracking/Identification/ID)",
        readError(snapshot));
    Path wrongShape =
        write(
            "shape.json",
            "{\"DocumentTracking\": {\"Identification\": {\"ID\": {\"Value\": \"2026-Mar\"}}},\n"
                + " \"Vulnerability\": {\"CVE\": \"CVE-2026-1\"}}");
    assertEquals(
        wrongShape
            + ":2:19: not a CVRF document: Vulnerability is an object where the CVRF API gives an"
            + " array (at /Vulnerability)",
        readError(wrongShape));
    Path text = write("notes.json", "month: March");
    assertEquals(
        text + ":1:1: not a CVRF document: neither XML nor JSON (plain, xz or zip)",
        readError(text));
    Path empty = write("empty.xml", "");
    assertEquals(empty + ": empty file", readError(empty));
  }

  @Test
  void aStreamIsReadTheSameWay() throws Exception {
    byte[] json = Files.readAllBytes(resource("cvrfDocument-2026-Jan-excerpt.json"));
    CvrfDocument doc =
        CvrfFiles.read("https://example.test/cvrf/2026-Jan", new ByteArrayInputStream(json));
    assertEquals("2026-Jan", doc.id());
    assertEquals(LocalDate.of(2026, 1, 13), doc.initialRelease());
  }
}
