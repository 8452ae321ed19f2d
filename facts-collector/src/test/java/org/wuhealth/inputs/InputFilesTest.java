package org.wuhealth.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuhealth.snapshot.InputException;

class InputFilesTest {
  @Test
  void filesDirectoriesAndGlobs(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "{}");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path b = Files.writeString(sub.resolve("b.json"), "{}");
    Path c = Files.writeString(sub.resolve("c.txt"), "");
    assertEquals(
        List.of(a), InputFiles.expand(a.toString()).files().stream().map(Path::of).toList());
    assertEquals(
        List.of(a, b, c),
        InputFiles.expand(dir.toString()).files().stream().map(Path::of).toList());
    assertEquals(
        List.of(a, b), InputFiles.expand(dir + "/**.json").files().stream().map(Path::of).toList());
    InputFiles.Expansion glob = InputFiles.expand(dir + "/sub/*.json");
    assertEquals(List.of(b), glob.files().stream().map(Path::of).toList());
    assertEquals(sub, glob.root());
    assertTrue(glob.walked());
    assertFalse(InputFiles.expand(a.toString()).walked(), "a file named alone is not a folder");
  }

  @Test
  void theTemporaryFileOfAWriteInProgressIsSkipped(@TempDir Path dir) throws Exception {
    Path done = Files.writeString(dir.resolve("HOST1.json"), "{}");
    Files.writeString(dir.resolve(".HOST2.json.0a1b2c3d4e5f6a7b.wuhealth-tmp"), "{\"hal");
    assertEquals(
        List.of(done), InputFiles.expand(dir.toString()).files().stream().map(Path::of).toList());
    assertEquals(
        List.of(done), InputFiles.expand(dir + "/*").files().stream().map(Path::of).toList());
  }

  @Test
  void nothingThereIsAnInputError(@TempDir Path dir) {
    InputException missing =
        assertThrows(
            InputException.class, () -> InputFiles.expand(dir.resolve("nope.json").toString()));
    assertTrue(missing.getMessage().endsWith("no such file or directory"));
    InputException empty =
        assertThrows(InputException.class, () -> InputFiles.expand(dir + "/*.json"));
    assertTrue(empty.getMessage().endsWith("no file matches this pattern"));
    InputException nothing =
        assertThrows(InputException.class, () -> InputFiles.expand(dir.toString()));
    assertTrue(nothing.getMessage().endsWith("the folder holds no file"));
  }
}
