package org.wuhealth.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/** "wuhealth: WARN logger - message" lines, without logback's pattern-layout machinery. */
final class StderrEncoder extends EncoderBase<ILoggingEvent> {
  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    StringBuilder line =
        new StringBuilder("wuhealth: ")
            .append(event.getLevel())
            .append(' ')
            .append(shortName(event.getLoggerName()))
            .append(" - ")
            .append(event.getFormattedMessage());
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      line.append(" (")
          .append(thrown.getClassName())
          .append(": ")
          .append(thrown.getMessage())
          .append(')');
    }
    return line.append(System.lineSeparator()).toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  private static String shortName(String logger) {
    return logger.substring(logger.lastIndexOf('.') + 1);
  }
}
