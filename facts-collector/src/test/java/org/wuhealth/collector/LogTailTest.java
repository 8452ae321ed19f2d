package org.wuhealth.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.importers.text.LineReader;

class LogTailTest {
  @TempDir Path dir;

  private static List<String> lines(LogTail.Opened opened) throws Exception {
    List<String> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(opened.stream())) {
      for (String l = reader.next(); l != null; l = reader.next()) {
        lines.add(l);
      }
    }
    return lines;
  }

  @Test
  void aSmallLogIsReadWhole() throws Exception {
    Path log = dir.resolve("small.log");
    Files.writeString(log, "one\r\ntwo\r\n");
    LogTail.Opened opened = LogTail.open(log, 1024);
    assertEquals(0, opened.skipped());
    assertEquals(List.of("one", "two"), lines(opened));
  }

  @Test
  void theTailOfAUtf16LogStartsAtAWholeLineAndDecodesLikeTheFile() throws Exception {
    Path log = dir.resolve("ReportingEvents.log");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0xFF);
    bytes.write(0xFE);
    for (int i = 0; i < 100; i++) {
      bytes.writeBytes(("line " + i + " ü\r\n").getBytes(StandardCharsets.UTF_16LE));
    }
    Files.write(log, bytes.toByteArray());
    LogTail.Opened opened = LogTail.open(log, 101); // an odd number lands inside a character
    List<String> lines = lines(opened);
    assertEquals(List.of("line 96 ü", "line 97 ü", "line 98 ü", "line 99 ü"), lines);
    assertEquals(Files.size(log), opened.size());
  }

  @Test
  void theTailOfAUtf16LogWithoutAByteOrderMarkDecodesAsTheImportDecodesTheFile() throws Exception {
    // the first character's high byte is not zero: the encoding shows only over more of the head
    Path log = dir.resolve("WindowsUpdate.log");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("€ line ").append(i).append("\r\n");
    }
    Files.write(log, text.toString().getBytes(StandardCharsets.UTF_16LE));
    List<String> whole = lines(new LogTail.Opened(Files.newInputStream(log), 0, 0));
    assertEquals("€ line 0", whole.get(0), "the importers' LineReader on the whole file");
    assertEquals(List.of("€ line 98", "€ line 99"), lines(LogTail.open(log, 61)));
  }

  @Test
  void theTailOfAUtf8Log() throws Exception {
    Path log = dir.resolve("CBS.log");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      text.append("2026-11-20 08:00:").append(String.format("%02d", i)).append(", Info CBS x\n");
    }
    Files.writeString(log, text);
    List<String> lines = lines(LogTail.open(log, 70));
    assertEquals(
        List.of("2026-11-20 08:00:48, Info CBS x", "2026-11-20 08:00:49, Info CBS x"), lines);
  }
}
