package io.github.juesuan.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators of a content stream, added to the text stripper so that the page's ruling
 * lines are collected in the same pass as its glyphs (no second parse of the content): {@code m l re
 * h c v y} build the current path in device space (through the current transformation matrix),
 * {@code S s} keep its straight horizontal and vertical segments as rules, {@code f F f* B B* b b*}
 * its thin filled rectangles (and, for the fill-and-stroke operators, its segments), {@code n}
 * discards it. Curves only move the current point.
 */
final class RulingOperators {

    /** The most rules a page may draw before merging; a page drawing more is a drawing, not a table, and has none. */
    static final int MAX_RULES = 20_000;

    /** The most path points kept for one path (a path of more is no table rule). */
    private static final int MAX_PATH_POINTS = 4096;

    private final PDFStreamEngine engine;
    private final int maxRules;
    /** The current path's subpaths, each a list of points {x, y} on the page. */
    private final List<List<float[]>> path = new ArrayList<>();
    private int points;
    private Rulings.Builder rules;
    private float cropLeft;
    private float cropTop;

    RulingOperators(PDFStreamEngine engine, int maxRules) {
        this.engine = engine;
        this.maxRules = maxRules;
        this.rules = new Rulings.Builder(maxRules);
    }

    /**
     * Starts a page.
     *
     * @param cropBox the page's crop box
     */
    void startPage(PDRectangle cropBox) {
        path.clear();
        points = 0;
        rules = new Rulings.Builder(maxRules);
        cropLeft = cropBox.getLowerLeftX();
        cropTop = cropBox.getUpperRightY();
    }

    /** @return the rules the page drew so far */
    Rulings rulings() {
        return rules.build();
    }

    /** @return the operators to add to the engine */
    List<OperatorProcessor> operators() {
        List<OperatorProcessor> out = new ArrayList<>();
        out.add(op("m", o -> {
            if (o.size() >= 2) {
                List<float[]> sub = new ArrayList<>();
                path.add(sub);
                point(sub, num(o, 0), num(o, 1));
            }
        }));
        out.add(op("l", o -> {
            if (o.size() >= 2 && !path.isEmpty()) {
                point(path.get(path.size() - 1), num(o, 0), num(o, 1));
            }
        }));
        for (String curve : List.of("c", "v", "y")) {
            out.add(op(curve, o -> {
                // a curve is no rule: start a new subpath at its end point
                if (o.size() >= 2) {
                    List<float[]> sub = new ArrayList<>();
                    path.add(sub);
                    point(sub, num(o, o.size() - 2), num(o, o.size() - 1));
                }
            }));
        }
        out.add(op("h", o -> {
            if (!path.isEmpty() && path.get(path.size() - 1).size() > 1) {
                List<float[]> sub = path.get(path.size() - 1);
                addPoint(sub, sub.get(0));
            }
        }));
        out.add(op("re", o -> {
            if (o.size() >= 4) {
                float x = num(o, 0);
                float y = num(o, 1);
                float w = num(o, 2);
                float h = num(o, 3);
                List<float[]> sub = new ArrayList<>();
                path.add(sub);
                point(sub, x, y);
                point(sub, x + w, y);
                point(sub, x + w, y + h);
                point(sub, x, y + h);
                point(sub, x, y);
            }
        }));
        for (String stroke : List.of("S", "s")) {
            out.add(op(stroke, o -> paint(true, false)));
        }
        for (String fill : List.of("f", "F", "f*")) {
            out.add(op(fill, o -> paint(false, true)));
        }
        for (String both : List.of("B", "B*", "b", "b*")) {
            out.add(op(both, o -> paint(true, true)));
        }
        out.add(op("n", o -> clear()));
        return out;
    }

    private void paint(boolean stroke, boolean fill) {
        for (List<float[]> sub : path) {
            if (stroke) {
                for (int i = 1; i < sub.size(); i++) {
                    rules.segment(sub.get(i - 1)[0], sub.get(i - 1)[1], sub.get(i)[0], sub.get(i)[1]);
                }
            }
            if (fill && sub.size() >= 4) {
                float left = Float.MAX_VALUE;
                float right = -Float.MAX_VALUE;
                float top = Float.MAX_VALUE;
                float bottom = -Float.MAX_VALUE;
                boolean axisAligned = true;
                for (int i = 0; i < sub.size(); i++) {
                    float[] p = sub.get(i);
                    left = Math.min(left, p[0]);
                    right = Math.max(right, p[0]);
                    top = Math.min(top, p[1]);
                    bottom = Math.max(bottom, p[1]);
                    if (i > 0) {
                        float[] q = sub.get(i - 1);
                        axisAligned &= Math.abs(p[0] - q[0]) <= Rulings.STRAIGHT || Math.abs(p[1] - q[1]) <= Rulings.STRAIGHT;
                    }
                }
                if (axisAligned && sub.size() <= 6) {
                    rules.filled(left, top, right, bottom);
                }
            }
        }
        clear();
    }

    private void clear() {
        path.clear();
        points = 0;
    }

    private void point(List<float[]> sub, float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        addPoint(sub, new float[] {p.x - cropLeft, cropTop - p.y});
    }

    private void addPoint(List<float[]> sub, float[] p) {
        if (++points <= MAX_PATH_POINTS) {
            sub.add(p);
        }
    }

    private static float num(List<COSBase> operands, int i) {
        return operands.get(i) instanceof COSNumber n ? n.floatValue() : Float.NaN;
    }

    /** What an operator does with its operands. */
    private interface Action {
        void run(List<COSBase> operands);
    }

    private OperatorProcessor op(String name, Action action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                action.run(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
