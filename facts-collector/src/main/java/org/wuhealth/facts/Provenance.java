package org.wuhealth.facts;

/**
 * Where one fact of an imported snapshot came from.
 *
 * @param fact a JSON pointer into this snapshot ("/os", "/os/ubr", "/updates/3"); a fact taken from
 *     several files has one entry per file
 * @param file the input file as the user named it (inside a zip: "bundle.zip!/logs/CBS.log")
 * @param format the importer that read it ("systeminfo", "registry", "reportingEvents", ...)
 * @param line the line the fact was read from, or null when it comes from the whole file
 */
public record Provenance(
    @Required
        @Matches("^(/[^/]+)+$")
        @Description("JSON pointer into this snapshot, e.g. /os/ubr or /updates/3.")
        String fact,
    @Required
        @Description(
            "Input file as named on the command line; inside a zip: bundle.zip!/path/in/zip.")
        String file,
    @Required
        @Description(
            "The importer that read it: systeminfo, hotfixList, services, registry,"
                + " reportingEvents, windowsUpdateLog, cbsLog, iisLog, wsusWebConfig.")
        String format,
    @Range(min = 1) @Description("Line the fact was read from, when it comes from one line.")
        Integer line) {

  /** True when this entry concerns {@code pointer}, one of its parts or the object around it. */
  public boolean concerns(String pointer) {
    return fact.equals(pointer) || fact.startsWith(pointer + "/") || pointer.startsWith(fact + "/");
  }
}
