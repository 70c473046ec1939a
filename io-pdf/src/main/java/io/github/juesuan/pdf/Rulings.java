package io.github.juesuan.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines of a page: horizontal and vertical segments the page strokes (lines, rectangle
 * edges) or fills as thin rectangles, in the glyphs' coordinates (points from the top left corner
 * of the crop box, downwards). A table's rules are its column and row boundaries; many reports
 * draw none, and then {@link #NONE} leaves {@link PageLines} to the glyphs' positions alone.
 *
 * <p>Immutable once built.
 */
final class Rulings {

    /** No rules. */
    static final Rulings NONE = new Rulings(List.of(), List.of());

    /** A segment whose ends differ by at most this many points across its direction is straight. */
    static final float STRAIGHT = 1f;
    /** A filled rectangle at most this many points thick is a rule. */
    static final float THIN = 2.5f;
    /** Segments shorter than this many points are no rules (tick marks, glyph-like strokes). */
    static final float MIN_LENGTH = 4f;

    /**
     * A vertical rule.
     *
     * @param x its position
     * @param top its upper end
     * @param bottom its lower end
     */
    record Vertical(float x, float top, float bottom) {
    }

    /**
     * A horizontal rule.
     *
     * @param y its position
     * @param left its left end
     * @param right its right end
     */
    record Horizontal(float y, float left, float right) {
    }

    /** Sorted by x. */
    private final List<Vertical> verticals;
    private final List<Horizontal> horizontals;

    private Rulings(List<Vertical> verticals, List<Horizontal> horizontals) {
        this.verticals = verticals;
        this.horizontals = horizontals;
    }

    /** @return the vertical rules */
    List<Vertical> verticals() {
        return verticals;
    }

    /** @return the horizontal rules */
    List<Horizontal> horizontals() {
        return horizontals;
    }

    /** @return whether the page draws no rule */
    boolean isEmpty() {
        return verticals.isEmpty() && horizontals.isEmpty();
    }

    /**
     * Counts the vertical rules that cross a height.
     *
     * @param y the height
     * @return how many cross it
     */
    int verticalsAcross(float y) {
        int n = 0;
        for (Vertical v : verticals) {
            if (v.top() <= y && y <= v.bottom()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Tells whether a vertical rule crossing a height stands strictly between two positions.
     *
     * @param from the left position
     * @param to the right position
     * @param y the height
     * @return whether one does
     */
    boolean verticalBetween(float from, float to, float y) {
        // the verticals are sorted by x: find the first right of from, then scan while left of to
        int lo = 0;
        int hi = verticals.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (verticals.get(mid).x() <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < verticals.size() && verticals.get(i).x() < to; i++) {
            Vertical v = verticals.get(i);
            if (v.top() <= y && y <= v.bottom()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a horizontal rule overlapping a span stands strictly between two heights.
     *
     * @param above the upper height
     * @param below the lower height
     * @param left the span's left end
     * @param right the span's right end
     * @return whether one does
     */
    boolean horizontalBetween(float above, float below, float left, float right) {
        for (Horizontal h : horizontals) {
            if (above < h.y() && h.y() < below && h.left() < right && left < h.right()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds rules from given segments (for tests of the layout logic).
     *
     * @param verticals the vertical rules
     * @param horizontals the horizontal rules
     * @return the rules
     */
    static Rulings of(List<Vertical> verticals, List<Horizontal> horizontals) {
        List<Vertical> sorted = new ArrayList<>(verticals);
        sorted.sort(Comparator.comparingDouble(Vertical::x));
        return new Rulings(List.copyOf(sorted), List.copyOf(horizontals));
    }

    /** Collects segments into rules. */
    static final class Builder {

        private final int max;
        private final List<Vertical> verticals = new ArrayList<>();
        private final List<Horizontal> horizontals = new ArrayList<>();
        private boolean full;

        /**
         * Creates a builder.
         *
         * @param max the most rules to keep (a page drawing more is not a table of rules, and memory stays bounded)
         */
        Builder(int max) {
            this.max = max;
        }

        /**
         * Adds a stroked segment; it is kept if it is horizontal or vertical and long enough.
         *
         * @param x0 one end's x
         * @param y0 one end's y
         * @param x1 the other end's x
         * @param y1 the other end's y
         */
        void segment(float x0, float y0, float x1, float y1) {
            if (full || !Float.isFinite(x0 + y0 + x1 + y1)) {
                return;
            }
            if (Math.abs(x1 - x0) <= STRAIGHT && Math.abs(y1 - y0) >= MIN_LENGTH) {
                add(new Vertical((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)), null);
            } else if (Math.abs(y1 - y0) <= STRAIGHT && Math.abs(x1 - x0) >= MIN_LENGTH) {
                add(null, new Horizontal((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
            }
        }

        /**
         * Adds a filled axis-aligned rectangle; it is kept as a rule along its long side if it is thin.
         *
         * @param left its left edge
         * @param top its top edge
         * @param right its right edge
         * @param bottom its bottom edge
         */
        void filled(float left, float top, float right, float bottom) {
            float w = right - left;
            float h = bottom - top;
            if (w <= THIN && h >= MIN_LENGTH) {
                segment((left + right) / 2, top, (left + right) / 2, bottom);
            } else if (h <= THIN && w >= MIN_LENGTH) {
                segment(left, (top + bottom) / 2, right, (top + bottom) / 2);
            }
        }

        private void add(Vertical v, Horizontal h) {
            if (verticals.size() + horizontals.size() >= max) {
                full = true;
                verticals.clear();
                horizontals.clear();
                return;
            }
            if (v != null) {
                verticals.add(v);
            } else {
                horizontals.add(h);
            }
        }

        /**
         * Builds the rules, collinear segments that touch or overlap merged into one (a table drawn
         * cell by cell strokes each boundary once per cell).
         *
         * @return the rules; none if the page drew more than the most kept
         */
        Rulings build() {
            if (full || verticals.isEmpty() && horizontals.isEmpty()) {
                return NONE;
            }
            List<Vertical> vs = new ArrayList<>(verticals);
            vs.sort(Comparator.comparingDouble(Vertical::x).thenComparingDouble(Vertical::top));
            List<Vertical> mergedV = new ArrayList<>();
            for (Vertical v : vs) {
                int last = mergedV.size() - 1;
                Vertical m = last < 0 ? null : mergedV.get(last);
                if (m != null && Math.abs(v.x() - m.x()) <= STRAIGHT && v.top() <= m.bottom() + STRAIGHT
                        && v.bottom() >= m.top() - STRAIGHT) {
                    mergedV.set(last, new Vertical(m.x(), Math.min(m.top(), v.top()), Math.max(m.bottom(), v.bottom())));
                } else {
                    mergedV.add(v);
                }
            }
            List<Horizontal> hs = new ArrayList<>(horizontals);
            hs.sort(Comparator.comparingDouble(Horizontal::y).thenComparingDouble(Horizontal::left));
            List<Horizontal> mergedH = new ArrayList<>();
            for (Horizontal h : hs) {
                int last = mergedH.size() - 1;
                Horizontal m = last < 0 ? null : mergedH.get(last);
                if (m != null && Math.abs(h.y() - m.y()) <= STRAIGHT && h.left() <= m.right() + STRAIGHT
                        && h.right() >= m.left() - STRAIGHT) {
                    mergedH.set(last, new Horizontal(m.y(), Math.min(m.left(), h.left()), Math.max(m.right(), h.right())));
                } else {
                    mergedH.add(h);
                }
            }
            return new Rulings(List.copyOf(mergedV), List.copyOf(mergedH));
        }
    }
}
