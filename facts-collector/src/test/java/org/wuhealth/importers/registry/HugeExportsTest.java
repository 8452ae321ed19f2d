package org.wuhealth.importers.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.testing.Growth;

/** Huge registry exports are read in linear time and memory (issue 17, case 9). */
class HugeExportsTest {
  @Test
  void manyPackageKeysUnderOneKeyAreLinear() throws Exception {
    assertLinear("CBS packages", 2_000, HugeExports::packages);
    RegistryFacts facts = RegistryFactsMapper.map(parse(HugeExports.packages(3)));
    assertEquals(3, facts.packages().size());
  }

  @Test
  void manySiblingRootsAreLinear() throws Exception {
    assertLinear("sibling keys", 4_000, HugeExports::siblings);
    RegistryTree tree = parse(HugeExports.siblings(3));
    assertEquals(3, tree.subkeys("HKLM\\SOFTWARE\\Vendor").size());
    assertTrue(tree.isCovered("HKLM\\SOFTWARE\\Vendor\\Key2"));
  }

  @Test
  void aLongContinuedValueIsLinear() throws Exception {
    assertLinear("hex(7) continuation lines", 1_500, HugeExports::multiStringLines);
    RegistryTree tree = parse(HugeExports.multiStringLines(2));
    String path = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager";
    assertEquals(
        7,
        ((java.util.List<?>) tree.value(path, "PendingFileRenameOperations").orElseThrow().data())
            .size());
  }

  @Test
  void aLongHexLineNeedsMemoryInProportion() throws Exception {
    String text = HugeExports.hexLine(1_000_000);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    parse(text);
    long before = threads.getCurrentThreadAllocatedBytes();
    RegistryTree tree = parse(text);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertEquals(
        1_000_000,
        ((byte[]) tree.value("HKLM\\SOFTWARE\\Vendor", "Blob").orElseThrow().data()).length);
    // The text is 3 MB (6 MB of chars); splitting it into strings allocated some 40 times that.
    assertTrue(
        allocated < 8L * text.length() * 2,
        "allocated " + allocated + " bytes for " + text.length());
  }

  private static void assertLinear(String what, int n, IntFunction<String> export) {
    Growth.assertLinear(
        what,
        n,
        size -> {
          try {
            RegistryFactsMapper.map(parse(export.apply(size)));
          } catch (ImportException e) {
            throw new AssertionError(e);
          }
        });
  }

  private static RegistryTree parse(String text) throws ImportException {
    return RegFileParser.parse("huge.reg", text);
  }
}
