package org.wuhealth.batch;

import java.util.List;
import java.util.Locale;

/** Horizontal bar charts as inline SVG (no scripts, no external resources). */
final class Charts {
  /** One bar: its label (escaped here), value and CSS colour. */
  record Bar(String label, long value, String color) {}

  private static final int LABEL_WIDTH = 320;
  private static final int BAR_WIDTH = 340;
  private static final int ROW = 24;

  private Charts() {}

  static String bars(String title, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    int height = Math.max(1, bars.size()) * ROW + 8;
    StringBuilder b = new StringBuilder();
    b.append("<figure class=\"chart\"><figcaption>")
        .append(Html.text(title))
        .append("</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
        .append(Html.text(title))
        .append("\" width=\"")
        .append(LABEL_WIDTH + BAR_WIDTH + 80)
        .append("\" height=\"")
        .append(height)
        .append("\">");
    if (bars.isEmpty()) {
      b.append("<text x=\"0\" y=\"16\">no data</text>");
    }
    int y = 4;
    for (Bar bar : bars) {
      long w = max == 0 ? 0 : Math.max(bar.value() > 0 ? 1 : 0, bar.value() * BAR_WIDTH / max);
      String label = bar.label().length() > 44 ? bar.label().substring(0, 43) + "…" : bar.label();
      b.append("<g><title>")
          .append(Html.text(bar.label()))
          .append(": ")
          .append(bar.value())
          .append("</title><text x=\"")
          .append(LABEL_WIDTH - 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\">")
          .append(Html.text(label))
          .append("</text><rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y + 2)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"")
          .append(ROW - 6)
          .append("\" fill=\"")
          .append(bar.color())
          .append("\"/><text x=\"")
          .append(LABEL_WIDTH + w + 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(String.format(Locale.ROOT, "%,d", bar.value()))
          .append("</text></g>");
      y += ROW;
    }
    return b.append("</svg></figure>\n").toString();
  }
}
