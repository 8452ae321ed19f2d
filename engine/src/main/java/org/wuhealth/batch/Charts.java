package org.wuhealth.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts as inline SVG (no scripts, no external resources). Labels are wrapped at
 * spaces onto as many lines as they need, never cut.
 */
final class Charts {
  /** One bar: its label (escaped here), value and CSS colour. */
  record Bar(String label, long value, String color) {}

  private static final int LABEL_WIDTH = 320;
  private static final int BAR_WIDTH = 340;
  private static final int ROW = 24;
  private static final int LINE = 14;

  /** Characters of a label line that fit {@link #LABEL_WIDTH} at the chart's 12px font. */
  static final int LABEL_CHARS = 46;

  private Charts() {}

  static String bars(String title, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    int height = 8;
    for (Bar bar : bars) {
      height += rowHeight(wrap(bar.label()).size());
    }
    if (bars.isEmpty()) {
      height += ROW;
    }
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
      List<String> lines = wrap(bar.label());
      b.append("<g><title>")
          .append(Html.text(bar.label()))
          .append(": ")
          .append(bar.value())
          .append("</title><text x=\"")
          .append(LABEL_WIDTH - 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\">");
      for (int i = 0; i < lines.size(); i++) {
        b.append("<tspan x=\"")
            .append(LABEL_WIDTH - 6)
            .append("\" dy=\"")
            .append(i == 0 ? 0 : LINE)
            .append("\">")
            .append(Html.text(lines.get(i)))
            .append("</tspan>");
      }
      b.append("</text><rect x=\"")
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
      y += rowHeight(lines.size());
    }
    return b.append("</svg></figure>\n").toString();
  }

  private static int rowHeight(int lines) {
    return Math.max(ROW, lines * LINE + 10);
  }

  /** The label in lines of at most {@link #LABEL_CHARS}, broken at spaces (a longer word whole). */
  static List<String> wrap(String label) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
