package org.wuhealth.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import org.wuhealth.cli.Diagnostics;

/**
 * Log events in wuhealth's one stderr style ({@link Diagnostics}), naming the logger, without
 * logback's pattern-layout machinery.
 */
final class StderrEncoder extends EncoderBase<ILoggingEvent> {
  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    StringBuilder line =
        new StringBuilder(shortName(event.getLoggerName()))
            .append(": ")
            .append(event.getFormattedMessage());
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      line.append(" (")
          .append(thrown.getClassName())
          .append(": ")
          .append(thrown.getMessage())
          .append(')');
    }
    String text =
        event.getLevel().isGreaterOrEqual(Level.ERROR)
            ? Diagnostics.error(line.toString())
            : Diagnostics.warning(line.toString());
    return (text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  private static String shortName(String logger) {
    return logger.substring(logger.lastIndexOf('.') + 1);
  }
}
