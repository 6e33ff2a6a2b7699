package dev.aitest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aitest.facts.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where report.html draws the points of a chart: the plot's corners computed by hand from its size and margins. */
class SvgChartTest {

    @Test
    void iterationsAreSpreadOverThePlotAndOneWithoutARateIsLeftOutOfTheLine() {
        Facts.Point crashed = new Facts.Point(2, 50.0, "two", true);
        SvgChart<Facts.Chart, Facts.Point> chart = SvgChart.iterations(new Facts.Chart(List.of(
                new Facts.Point(1, 100.0, "one", false), crashed, new Facts.Point(3, null, "three", false))));

        // 640 x 160, margins left 40, right 16, top 12, bottom 28: x from 40 to 624, y from 12 (100%) to 132 (0%)
        assertEquals(640, chart.width());
        assertEquals(160, chart.height());
        assertEquals("40.0,12.0 332.0,72.0", chart.polyline());
        assertEquals(List.of(40.0, 332.0, 624.0), chart.points().stream().map(SvgChart.Drawn::x).toList());
        assertEquals(List.of(12.0, 72.0, 132.0), chart.points().stream().map(SvgChart.Drawn::y).toList());
        assertSame(crashed, chart.points().get(1).of());
    }

    @Test
    void oneIterationSitsInTheMiddle() {
        SvgChart<Facts.Chart, Facts.Point> chart = SvgChart.iterations(new Facts.Chart(List.of(
                new Facts.Point(1, 25.0, "one", false))));

        // (40 + 624) / 2 = 332; 12 + 75% of 120 = 102
        assertEquals("332.0,102.0", chart.polyline());
    }

    @Test
    void passHatKRunsFromTheLeftEdgeAtKOneAndFromTopToBottom() {
        Facts.KChart of = new Facts.KChart("far", List.of(new Facts.KPoint(1, 100.0, "100.0%", "k1"),
                new Facts.KPoint(2, 0.0, "0.0%", "k2"), new Facts.KPoint(3, 33.3, "33.3%", "k3"),
                new Facts.KPoint(4, 0.0, "0.0%", "k4"), new Facts.KPoint(5, 0.0, "0.0%", "k5")));
        SvgChart<Facts.KChart, Facts.KPoint> chart = SvgChart.reliability(of);

        // 220 x 110, margins left 34, right 10, top 10, bottom 24: x from 34 to 210 in steps of 44, y from 10 to 86
        assertEquals(220, chart.width());
        assertEquals(110, chart.height());
        assertEquals(List.of(34.0, 78.0, 122.0, 166.0, 210.0),
                chart.points().stream().map(SvgChart.Drawn::x).toList());
        // 10 + (100 - 33.3) * 76 / 100 = 60.692, to one decimal 60.7
        assertEquals(List.of(10.0, 86.0, 60.7, 86.0, 86.0), chart.points().stream().map(SvgChart.Drawn::y).toList());
        assertEquals("34.0,10.0 78.0,86.0 122.0,60.7 166.0,86.0 210.0,86.0", chart.polyline());
        assertSame(of, chart.of());
    }
}
