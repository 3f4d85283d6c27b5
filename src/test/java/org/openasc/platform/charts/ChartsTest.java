package org.openasc.platform.charts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.openasc.platform.charts.Charts.Band;
import org.openasc.platform.charts.Charts.Dot;
import org.openasc.platform.charts.Charts.Limits;
import org.openasc.platform.charts.Charts.Mark;
import org.openasc.platform.charts.Charts.Point;
import org.openasc.platform.signals.MeasureFigures.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG charts: well-formed, named for a screen reader, drawn faithfully to the figures, and labelled in the measure's unit. */
class ChartsTest {

    @Test
    void aLineChartIsWellFormedSvgNamedAndDescribedThroughItsTitleAndDesc() {
        Document svg = parse(Charts.line("reviews", "Reviews on time", "Rose from 40% to 60% over three months.", Unit.PERCENTAGE,
                points(40.0, 50.0, 60.0), 75.0, null));

        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 300");
        assertThat(root.getAttribute("width")).isEqualTo("640");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("reviews-title reviews-desc");
        assertThat(byId(svg, "reviews-title").getTextContent()).isEqualTo("Reviews on time");
        assertThat(byId(svg, "reviews-desc").getTextContent()).isEqualTo("Rose from 40% to 60% over three months.");
        assertThat(byId(svg, "reviews-title").getParentNode()).isSameAs(root);
    }

    @Test
    void aTitleWithMarkupCharactersIsEscapedAndReadsBackAsWritten() {
        String title = "Waiting < 28 days & \"urgent\" isn't > 5";
        String chart = Charts.line("waits", title, "Desc & <more>", Unit.DAYS, points(3.0, 4.0), null, null);

        assertThat(chart).contains("Waiting &lt; 28 days &amp; &quot;urgent&quot; isn&#39;t &gt; 5");
        Document svg = parse(chart);
        assertThat(byId(svg, "waits-title").getTextContent()).isEqualTo(title);
        assertThat(byId(svg, "waits-desc").getTextContent()).isEqualTo("Desc & <more>");
        assertThat(parse(Charts.spc("s", title, title, Unit.COUNT, points(1.0, 2.0), List.of(), Map.of(), null))
                .getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(parse(Charts.dotPlot("d", title, title, Unit.COUNT, List.of(new Dot("Bath & <NE> Somerset", 3, true)), null))
                .getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
        assertThat(parse(Charts.sparkline("k", title, points(1.0, 2.0), null))
                .getElementsByTagName("title").item(0).getTextContent()).isEqualTo(title);
    }

    @Test
    void aLineChartDrawsOneMarkerPerPeriodWithAValueAndBreaksTheLineWhereAValueIsMissing() {
        Document svg = parse(Charts.line("gap", "Gap", "One month missing.", Unit.COUNT, points(10.0, 12.0, null, 14.0, 15.0), null, null));

        assertThat(ofKind(svg, "marker")).hasSize(4);
        String d = ofKind(svg, "series").get(0).getAttribute("d");
        assertThat(d.chars().filter(c -> c == 'M')).hasSize(2);
        assertThat(d.chars().filter(c -> c == 'L')).hasSize(2);
        assertThat(texts(svg, "tick")).doesNotContain("-2");
    }

    @Test
    void aTargetBeyondTheFiguresIsStillInsideThePlottedArea() {
        Document svg = parse(Charts.line("far", "Far target", "Well short.", Unit.PERCENTAGE, points(41.0, 44.5, 52.0, 49.0), 95.0, null));

        Element target = ofKind(svg, "target").get(0);
        double y = Double.parseDouble(target.getAttribute("y1"));
        List<Double> grid = ofKind(svg, "grid").stream().map(e -> Double.parseDouble(e.getAttribute("y1"))).toList();
        assertThat(y).isBetween(grid.stream().min(Double::compare).orElseThrow(), grid.stream().max(Double::compare).orElseThrow());
        assertThat(texts(svg, "edge-label")).containsExactly("Target 95%");
        assertThat(texts(svg, "tick")).last().isEqualTo("100%");
    }

    @Test
    void thirtySixMonthsAreLabelledQuarterlyEndingWithTheLatestMonth() {
        List<Point> months = months(YearMonth.of(2022, 4), IntStream.range(0, 36).mapToObj(i -> 50.0 + i % 7).toArray(Double[]::new));
        Document svg = parse(Charts.line("long", "Long", "Three years.", Unit.PERCENTAGE, months, null, null));

        List<String> labels = texts(svg, "period");
        assertThat(labels).hasSizeLessThanOrEqualTo(12).contains("Mar 25", "Dec 24", "Jun 22").doesNotContain("Apr 22");
        List<Double> xs = ofKind(svg, "period").stream().map(e -> Double.parseDouble(e.getAttribute("x"))).sorted().toList();
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i) - xs.get(i - 1)).as("room for a label like \"Sep 24\"").isGreaterThan(40);
        }
    }

    @Test
    void aPeriodThatIsNotAMonthIsLabelledAsGiven() {
        Document svg = parse(Charts.line("years", "Years", "By year.", Unit.COUNT,
                List.of(new Point("2022/23", 5.0), new Point("2023/24", 6.0), new Point("2024-13", 7.0)), null, null));

        assertThat(texts(svg, "period")).containsExactly("2024-13", "2023/24", "2022/23");
    }

    @Test
    void tickLabelsAreRoundStepsWrittenInTheMeasuresUnit() {
        assertThat(ticks(Unit.PERCENTAGE, 40.2, 55.0, 68.9, 80.0)).containsExactly("40%", "50%", "60%", "70%", "80%");
        assertThat(ticks(Unit.COUNT, 850.0, 1200.0, 1430.0)).containsExactly("750", "1,000", "1,250", "1,500");
        assertThat(ticks(Unit.DAYS, 0.4, 1.7, 2.3)).containsExactly("0.0", "0.5", "1.0", "1.5", "2.0", "2.5");
        assertThat(ticks(Unit.POUNDS, 600_000.0, 950_000.0, 1_200_000.0)).containsExactly("£600k", "£800k", "£1m", "£1.2m");
        assertThat(ticks(Unit.RATE_PER_100000, 412.5, 530.0, 604.0)).containsExactly("400", "450", "500", "550", "600", "650");
    }

    @Test
    void equalValuesAndASinglePointStillGetAnAxisWithRange() {
        List<String> equal = ticks(Unit.PERCENTAGE, 45.0, 45.0, 45.0);
        assertThat(equal).containsExactly("40%", "42%", "44%", "46%", "48%", "50%");
        List<String> one = ticks(Unit.COUNT, 0.0);
        assertThat(one).containsExactly("0", "1", "2", "3");

        Document single = parse(Charts.line("one", "One", "One month.", Unit.COUNT, points(7.0), null, null));
        Element marker = ofKind(single, "marker").get(0);
        assertThat(Double.parseDouble(marker.getAttribute("cx"))).isBetween(300.0, 360.0);
    }

    @Test
    void negativeValuesAreShownBelowAMarkedZeroLine() {
        List<String> variance = ticks(Unit.POUNDS, -350_000.0, 120_000.0, 400_000.0);
        assertThat(variance).contains("-£200k", "£0", "£400k");
        Document svg = parse(Charts.line("v", "Variance", "Over and under.", Unit.POUNDS, points(-350_000.0, 400_000.0), null, null));
        assertThat(ofKind(svg, "grid zero")).hasSize(1);
    }

    @Test
    void aBandIsShadedWithBothBoundsLabelled() {
        Document svg = parse(Charts.line("band", "Band", "Inside the band.", Unit.DAYS, points(3.0, 4.0, 5.0), null, new Band(2.5, 6.0)));

        assertThat(ofKind(svg, "band")).hasSize(1);
        assertThat(texts(svg, "edge-label")).containsExactly("Upper bound 6 days", "Lower bound 2.5 days");
    }

    @Test
    void specialCausePointsDifferByShapeAsWellAsColourAndTheLegendNamesOnlyThoseShown() {
        List<Point> months = months(YearMonth.of(2024, 1), 50.0, 52.0, 51.0, 70.0, 49.0, 30.0, 50.0);
        Document svg = parse(Charts.spc("spc", "Control", "Two special causes.", Unit.PERCENTAGE, months,
                List.of(new Limits("2024-01", "2024-07", 50, 65, 35)), Map.of("2024-04", Mark.IMPROVING, "2024-06", Mark.CONCERNING), 60.0));

        Element improving = ofKind(svg, "marker special improving").get(0);
        Element concerning = ofKind(svg, "marker special concerning").get(0);
        assertThat(improving.getTagName()).isEqualTo("circle");
        assertThat(concerning.getTagName()).isEqualTo("polygon");
        assertThat(ofKind(svg, "marker common")).hasSize(5).allSatisfy(e -> assertThat(e.getAttribute("r")).isEqualTo("3"));
        assertThat(Double.parseDouble(improving.getAttribute("r"))).isGreaterThan(3);
        assertThat(improving.getAttribute("fill")).isEqualTo("#1d70b8");
        assertThat(concerning.getAttribute("fill")).isEqualTo("#b35a00");
        assertThat(texts(svg, "legend")).containsExactly("Mean", "Process limits", "Target", "Common cause", "Special cause: improving",
                "Special cause: concerning");
        assertThat(texts(svg, "edge-label")).containsExactlyInAnyOrder("Upper limit 65%", "Mean 50%", "Lower limit 35%", "Target 60%");
        assertThat(ofKind(svg, "limit")).allSatisfy(e -> assertThat(e.getAttribute("stroke-dasharray")).isNotEmpty());
        assertThat(ofKind(svg, "mean").get(0).hasAttribute("stroke-dasharray")).isFalse();
    }

    @Test
    void aSpecialCauseNeitherImprovingNorConcerningIsASquare() {
        Document svg = parse(Charts.spc("n", "Neither", "Watched.", Unit.COUNT, months(YearMonth.of(2024, 1), 5.0, 6.0, 20.0),
                List.of(new Limits(null, null, 6, 12, 0)), Map.of("2024-03", Mark.NEITHER), null));

        assertThat(ofKind(svg, "marker special neither")).singleElement().satisfies(e -> assertThat(e.getTagName()).isEqualTo("rect"));
        assertThat(texts(svg, "legend")).contains("Special cause: neither improving nor concerning").doesNotContain("Target");
    }

    @Test
    void eachBaselineIsDrawnAcrossItsOwnPeriodsWithADividerWhereItIsRecalculated() {
        List<Point> months = months(YearMonth.of(2024, 1), 10.0, 11.0, 12.0, 20.0, 21.0, 22.0);
        Document svg = parse(Charts.spc("seg", "Segments", "Shifted up.", Unit.COUNT, months,
                List.of(new Limits("2024-01", "2024-03", 11, 14, 8), new Limits("2024-04", "2024-06", 21, 24, 18)), Map.of(), null));

        List<Element> means = ofKind(svg, "mean");
        assertThat(means).hasSize(2);
        double firstEnds = Double.parseDouble(means.get(0).getAttribute("x2"));
        double secondStarts = Double.parseDouble(means.get(1).getAttribute("x1"));
        assertThat(firstEnds).isEqualTo(secondStarts);
        assertThat(ofKind(svg, "limit")).hasSize(4);
        assertThat(ofKind(svg, "baseline-divider")).singleElement()
                .satisfies(e -> assertThat(Double.parseDouble(e.getAttribute("x1"))).isEqualTo(secondStarts));
        assertThat(texts(svg, "baseline-label")).containsExactly("Baseline recalculated");
        assertThat(texts(svg, "edge-label")).containsExactlyInAnyOrder("Upper limit 24", "Mean 21", "Lower limit 18");
    }

    @Test
    void aDotPlotShowsEveryCouncilWithTheHighlightedOneLargerNamedAndValued() {
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            dots.add(new Dot("Council " + i, 200_000 + i * 20_000, false));
        }
        dots.add(new Dot("Northshire", 350_000, true));
        Document svg = parse(Charts.dotPlot("dots", "Spend", "Northshire against 15 others.", Unit.POUNDS, dots, 340_000.0));

        assertThat(ofKind(svg, "dot")).hasSize(15);
        Element ours = ofKind(svg, "dot highlighted").get(0);
        assertThat(Double.parseDouble(ours.getAttribute("r"))).isGreaterThan(Double.parseDouble(ofKind(svg, "dot").get(0).getAttribute("r")));
        assertThat(texts(svg, "highlighted-label")).containsExactly("Northshire £350k");
        assertThat(texts(svg, "median-label")).containsExactly("Median £340k");
        assertThat(ofKind(svg, "median")).hasSize(1);
    }

    @Test
    void aSparklineIsSmallTitledByItsDescriptionAndHasNoAxes() {
        Document svg = parse(Charts.sparkline("spark", "Rising from 40% to 60%", points(40.0, null, 50.0, 60.0), 55.0));

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("120");
        assertThat(root.getAttribute("height")).isEqualTo("30");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("spark-title");
        assertThat(byId(svg, "spark-title").getTextContent()).isEqualTo("Rising from 40% to 60%");
        assertThat(svg.getElementsByTagName("text").getLength()).isZero();
        assertThat(ofKind(svg, "series").get(0).getAttribute("d").chars().filter(c -> c == 'M')).hasSize(2);
        assertThat(ofKind(svg, "target")).hasSize(1);
    }

    @Test
    void aChartWithNoFiguresSaysSoRatherThanDrawingZeros() {
        Document svg = parse(Charts.line("none", "None", "Nothing counted.", Unit.PERCENTAGE, points(null, null), null, null));

        assertThat(ofKind(svg, "marker")).isEmpty();
        assertThat(texts(svg, "no-figures")).containsExactly("No figures for these periods");
    }

    private static List<String> ticks(Unit unit, Double... values) {
        return texts(parse(Charts.line("t", "Ticks", "Ticks.", unit, points(values), null, null)), "tick");
    }

    private static List<Point> points(Double... values) {
        return months(YearMonth.of(2024, 1), values);
    }

    private static List<Point> months(YearMonth first, Double... values) {
        return IntStream.range(0, values.length).mapToObj(i -> new Point(first.plusMonths(i).toString(), values[i])).toList();
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + svg, e);
        }
    }

    private static Element byId(Document svg, String id) {
        return elements(svg).stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
    }

    private static List<Element> ofKind(Document svg, String kind) {
        return elements(svg).stream().filter(e -> kind.equals(e.getAttribute("class"))).toList();
    }

    private static List<String> texts(Document svg, String kind) {
        return ofKind(svg, kind).stream().map(Node::getTextContent).toList();
    }

    private static List<Element> elements(Document svg) {
        NodeList all = svg.getElementsByTagName("*");
        return Arrays.asList(IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i)).toArray(Element[]::new));
    }
}
