package org.wuhealth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.SAXException;

/**
 * The scheduled tasks shipped in the Windows package ({@code packaging/windows/*.xml}) are valid
 * against Microsoft's Task Scheduler schema, and the wuhealth command line each one runs is one
 * that wuhealth accepts.
 */
class WindowsPackageFilesTest {
  private static final Path PACKAGING = Path.of("..", "packaging", "windows");
  private static final Pattern ARGUMENTS = Pattern.compile("<Arguments>([^<]*)</Arguments>");

  @TestFactory
  Stream<DynamicTest> everyScheduledTaskIsValidAndRunsAValidCommand() throws Exception {
    Schema schema = schema();
    List<Path> tasks;
    try (Stream<Path> files = Files.list(PACKAGING)) {
      tasks = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertTrue(tasks.size() >= 2, "the collect and the Prometheus task: " + tasks);
    return tasks.stream()
        .map(
            task ->
                DynamicTest.dynamicTest(
                    task.getFileName().toString(),
                    () -> {
                      String xml = Files.readString(task, StandardCharsets.UTF_8);
                      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
                      Matcher m = ARGUMENTS.matcher(xml);
                      assertTrue(m.find(), "an Exec action with arguments");
                      List<String> args = new ArrayList<>(words(m.group(1)));
                      args.add("--help");
                      CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
                      assertEquals(0, run.exitCode(), "wuhealth accepts " + m.group(1) + run.err());
                    }));
  }

  @Test
  void theSchemaRejectsAnInvalidTask() throws Exception {
    Schema schema = schema();
    String bad =
        "<Task version=\"1.3\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">"
            + "<Settings><MultipleInstancesPolicy>Sometimes</MultipleInstancesPolicy></Settings>"
            + "<Actions><Exec><Command>x.cmd</Command></Exec></Actions></Task>";
    assertThrows(
        SAXException.class,
        () -> schema.newValidator().validate(new StreamSource(new StringReader(bad))));
  }

  private static Schema schema() throws IOException, SAXException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    try (var in =
        WindowsPackageFilesTest.class.getResourceAsStream(
            "/org/wuhealth/windows/task-scheduler-schema.xsd")) {
      return factory.newSchema(new StreamSource(in));
    }
  }

  /** The words of a command line as cmd.exe splits them: spaces, and double quotes around one. */
  private static List<String> words(String commandLine) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(commandLine);
    while (m.find()) {
      words.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return words;
  }
}
