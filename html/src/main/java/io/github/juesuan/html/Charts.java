package io.github.juesuan.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Horizontal bar charts as inline SVG. A bar's length is the amount's share of the largest amount,
 * computed in {@link BigDecimal} and rounded to whole pixels; no money goes through floating point.
 * The label of every bar prints the exact amount ({@link BigDecimal#toPlainString()}).
 */
final class Charts {

    /** Pixels of the label column, the bar area and the value label. */
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_AREA = 360;
    private static final int VALUE_WIDTH = 110;
    private static final int WIDTH = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
    private static final int BAR_HEIGHT = 16;
    private static final int GAP = 8;
    private static final int TOP = 8;

    private Charts() {
    }

    /** One bar of a group: its series (a CSS class and a legend text) and its amount, null if blank. */
    record Bar(String series, String legend, BigDecimal value) {
    }

    /** A group of bars under one label (one bar for a simple chart, budget and execution for a project). */
    record Group(String label, List<Bar> bars) {
    }

    /**
     * Draws the groups as one SVG.
     *
     * @param id the element id
     * @param title the accessible title, printed by the caller as the figure caption
     * @param groups the groups, at least one
     * @return the SVG element
     */
    static String bars(String id, String title, List<Group> groups) {
        BigDecimal max = BigDecimal.ZERO;
        int barCount = 0;
        for (Group g : groups) {
            for (Bar b : g.bars()) {
                barCount++;
                if (b.value() != null && b.value().compareTo(max) > 0) {
                    max = b.value();
                }
            }
        }
        int height = TOP + barCount * BAR_HEIGHT + groups.size() * GAP + GAP;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(Html.esc(id))
                .append("\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">")
                .append("<title>").append(Html.esc(title)).append("</title>");
        int y = TOP;
        for (Group g : groups) {
            int groupHeight = g.bars().size() * BAR_HEIGHT;
            sb.append("<g class=\"group\">");
            sb.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 6).append("\" y=\"")
                    .append(y + groupHeight / 2 + 5).append("\" text-anchor=\"end\">").append(Html.esc(clip(g.label())))
                    .append("<title>").append(Html.esc(g.label())).append("</title></text>");
            for (Bar b : g.bars()) {
                int w = length(b.value(), max);
                String text = b.value() == null ? "—" : b.value().toPlainString();
                sb.append("<rect class=\"bar ").append(Html.esc(b.series())).append("\" x=\"").append(LABEL_WIDTH)
                        .append("\" y=\"").append(y + 1).append("\" width=\"").append(w).append("\" height=\"")
                        .append(BAR_HEIGHT - 2).append("\" data-amount=\"").append(Html.esc(text)).append("\"><title>")
                        .append(Html.esc(g.label() + " " + b.legend() + ": " + text)).append("</title></rect>");
                sb.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + w + 4).append("\" y=\"")
                        .append(y + BAR_HEIGHT - 4).append("\">").append(Html.esc(text)).append("</text>");
                y += BAR_HEIGHT;
            }
            sb.append("</g>");
            y += GAP;
        }
        return sb.append("</svg>").toString();
    }

    /**
     * The bar length in whole pixels: value / max of the bar area, at least 1 for a positive value
     * (so that a small class still shows a bar), 0 for a blank, zero or negative value.
     */
    static int length(BigDecimal value, BigDecimal max) {
        if (value == null || value.signum() <= 0 || max.signum() <= 0) {
            return 0;
        }
        return Math.max(1, value.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP)
                .intValueExact());
    }

    /** Labels longer than the label column are cut (the full text stays in the tooltip). */
    private static String clip(String label) {
        int max = 22;
        return label.codePointCount(0, label.length()) <= max ? label
                : label.substring(0, label.offsetByCodePoints(0, max - 1)) + "…";
    }
}
