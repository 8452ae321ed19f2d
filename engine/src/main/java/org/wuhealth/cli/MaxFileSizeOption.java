package org.wuhealth.cli;

import picocli.CommandLine.Option;

/**
 * {@code --max-file-size}: the limit on input files read whole, for every command that reads them.
 */
final class MaxFileSizeOption {
  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      defaultValue = "64M",
      converter = OptionValues.MaxFileSize.class,
      description =
          "Refuse files read whole that are larger than this; K, M, G suffixes (default:"
              + " ${DEFAULT-VALUE}). Logs are streamed.")
  long bytes;
}
