package org.wuhealth.rules.api;

import java.time.Instant;
import java.util.List;
import org.wuhealth.facts.InstallAttempt;
import org.wuhealth.facts.LogEvent;

/**
 * How often, and when last, something was logged: a rule collects the events and install attempts
 * that show it ({@code from collect}) and words them with {@link #line}.
 *
 * @param last the newest time among them, or null when none has one
 */
public record Sightings(int count, Instant last) {

  /** The sightings among {@code logged}: {@link LogEvent}s and {@link InstallAttempt}s. */
  public static Sightings of(List<?> logged) {
    int count = 0;
    Instant last = null;
    for (Object o : logged) {
      Instant time;
      if (o instanceof LogEvent e) {
        time = e.time();
      } else if (o instanceof InstallAttempt a) {
        time = a.time();
      } else {
        throw new IllegalArgumentException("not a log event or attempt: " + o);
      }
      count++;
      if (time != null && (last == null || time.isAfter(last))) {
        last = time;
      }
    }
    return new Sightings(count, last);
  }

  /** The sightings among events and attempts collected separately. */
  public static Sightings of(List<?> events, List<?> attempts) {
    List<Object> all = new java.util.ArrayList<>(events);
    all.addAll(attempts);
    return of(all);
  }

  public boolean any() {
    return count > 0;
  }

  /** "{@code what} was logged 2 times, last at 2026-11-20T07:00:00Z"; "once" for one. */
  public String line(String what) {
    return what
        + " was logged "
        + (count == 1 ? "once" : count + " times")
        + (last == null ? "" : ", last at " + last);
  }
}
