package org.wuhealth.facts;

import java.time.Instant;
import java.util.List;

/** Summary of IIS W3C log lines on WSUS paths over a time window. */
public record IisLogSummary(
    Instant from,
    Instant to,
    @Range(min = 0) Long requests,
    @Range(min = 0) Long serverErrors,
    List<IisErrorCount> topErrors) {

  public IisLogSummary {
    topErrors = Lists.copyOrNull(topErrors);
  }
}
