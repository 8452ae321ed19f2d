package org.wuhealth.batch;

/**
 * Which per-host outputs a batch writes ({@code --format}); errors.jsonl and summary.json are
 * always written.
 */
public enum BatchFormat {
  jsonl,
  csv,
  html,
  all;

  boolean jsonl() {
    return this == jsonl || this == all;
  }

  boolean csv() {
    return this == csv || this == all;
  }

  boolean html() {
    return this == html || this == all;
  }
}
