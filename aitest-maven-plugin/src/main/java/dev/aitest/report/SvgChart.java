package dev.aitest.report;

import dev.aitest.facts.Facts;
import dev.aitest.facts.HistoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A chart of {@link Facts} as report.html draws it in SVG: its size, where each point sits, and the points attribute
 * of its polyline. The y axis runs from 0% to 100%; the points are spread evenly over the x axis, one point in the
 * middle. Only HTML draws; every other output lists the same points as text.
 *
 * @param width drawing width
 * @param height drawing height
 * @param polyline the polyline's points attribute: the points that have a value, joined
 * @param points one drawn point per point of the chart, in its order
 * @param of what is drawn: a {@link Facts.Chart} or a {@link Facts.KChart}
 * @param <C> the type of the chart
 * @param <T> the type of a point of the chart
 */
public record SvgChart<C, T>(int width, int height, String polyline, List<Drawn<T>> points, C of) {

    /**
     * A point where it is drawn.
     *
     * @param x horizontal position
     * @param y vertical position (0% for a point without a value, which the polyline leaves out)
     * @param of the point of the chart
     * @param <T> its type
     */
    public record Drawn<T>(double x, double y, T of) {
    }

    /** Where a chart draws: its size and the margins around the plot. */
    private record Frame(int width, int height, int left, int right, int top, int bottom) {

        /** The x of the i-th of n points, spread evenly (one point sits in the middle). */
        double x(int i, int n) {
            return round(n == 1 ? left + (width - left - right) / 2.0
                    : left + i * (double) (width - left - right) / (n - 1));
        }

        /** The y of a percentage. */
        double y(double percent) {
            return round(top + (100 - percent) * (height - top - bottom) / 100.0);
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }

    private static final Frame ITERATIONS = new Frame(640, 160, 40, 16, 12, 28);
    private static final Frame RELIABILITY = new Frame(220, 110, 34, 10, 10, 24);
    private static final Frame HISTORY = new Frame(300, 110, 10, 10, 10, 24);

    /** The pass rate per iteration, 640 x 160. */
    public static SvgChart<Facts.Chart, Facts.Point> iterations(Facts.Chart chart) {
        return draw(ITERATIONS, chart.points(), chart, Facts.Point::passRate);
    }

    /** pass^k against k, 220 x 110. */
    public static SvgChart<Facts.KChart, Facts.KPoint> reliability(Facts.KChart chart) {
        return draw(RELIABILITY, chart.points(), chart, Facts.KPoint::percent);
    }

    /** A figure per build of the history, on the scale of its series, 300 x 110. */
    public static SvgChart<HistoryView.Series, HistoryView.Point> history(HistoryView.Series series) {
        return draw(HISTORY, series.points(), series, HistoryView.Point::percent);
    }

    private static <C, T> SvgChart<C, T> draw(Frame frame, List<T> points, C of,
            Function<T, Double> percent) {
        List<Drawn<T>> drawn = new ArrayList<>(points.size());
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Double value = percent.apply(points.get(i));
            double x = frame.x(i, points.size());
            double y = frame.y(value == null ? 0 : value);
            drawn.add(new Drawn<>(x, y, points.get(i)));
            if (value != null) {
                polyline.append(polyline.length() == 0 ? "" : " ").append(x).append(',').append(y);
            }
        }
        return new SvgChart<>(frame.width(), frame.height(), polyline.toString(), drawn, of);
    }
}
