package org.openasc.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.performance.Benchmarks;
import org.openasc.performance.MeasureCommands;
import org.openasc.performance.MeasureValues;
import org.openasc.performance.MeasureView;
import org.openasc.performance.Measures;
import org.openasc.performance.PerformanceProperties;
import org.openasc.performance.Periods;
import org.openasc.performance.Series;
import org.openasc.platform.csv.CsvFiles;

/**
 * Anytown's performance framework, set up through the real services as the performance team: this year's and last
 * year's targets for the measures computed from the record (Nottinghamshire's and Leicestershire's aims; counts aimed a
 * tenth below where the record stood when the year began), two survey measures and a workforce measure entered with
 * their sources, synthetic comparator councils' published values, a nearest-neighbours group and population estimates.
 */
@Component
class SyntheticPerformance {

    /** Aims for the measures computed from the record: a value, or a band for Leicestershire's layers of need. */
    private static final Map<String, double[]> AIMS = Map.ofEntries(Map.entry("LTS-HOME-18-64", new double[] {78}),
            Map.entry("LTS-REVIEWED", new double[] {100}), Map.entry("LTS-DIRECT-PAYMENTS", new double[] {42}),
            Map.entry("DISCHARGE-DAYS", new double[] {2}), Map.entry("CARE-HOMES-GOOD", new double[] {70}),
            Map.entry("SG-SCREENED-3-DAYS", new double[] {90}), Map.entry("SG-MSP-ACHIEVED", new double[] {95}),
            Map.entry("DOLS-21-DAYS", new double[] {80}), Map.entry("COMPLAINTS-IN-TIME", new double[] {90}),
            Map.entry("LAYER-PREVENT", new double[] {56, 61}), Map.entry("LAYER-REDUCE", new double[] {15, 20}),
            Map.entry("LAYER-DELAY", new double[] {10, 14}), Map.entry("LAYER-MEET", new double[] {12, 16}));
    private static final Set<String> COUNTS_AIMED_DOWN = Set.of("LTS-CARE-HOMES-65", "WAITING-ASSESSMENT", "WAITING-OVER-28-DAYS", "DOLS-WAITING");

    private final Measures measures;
    private final MeasureValues values;
    private final Series series;
    private final Benchmarks benchmarks;
    private final String areaCode;

    SyntheticPerformance(Measures measures, MeasureValues values, Series series, Benchmarks benchmarks, PerformanceProperties properties) {
        this.areaCode = properties.areaCode();
        this.measures = measures;
        this.values = values;
        this.series = series;
        this.benchmarks = benchmarks;
    }

    void build(LocalDate today, int people, long seed) {
        DemoAuthority.as("performance", "PERFORMANCE", () -> {
            int fy = Periods.financialYear(today);
            for (MeasureView m : measures.list()) {
                for (int year = fy - 1; year <= fy; year++) {
                    MeasureCommands.TargetSetting t = target(m, year);
                    if (t != null) {
                        measures.setTarget(m.reference(), year, t);
                    }
                }
            }
            if (measures.list().stream().anyMatch(m -> m.reference().equals("LTS-REVIEWED"))) {
                measures.setRule("LTS-REVIEWED", new MeasureCommands.RuleSetting(new BigDecimal("5"), new BigDecimal("15"), "ABSOLUTE",
                        measures.get("LTS-REVIEWED").version()));
            }
            entered(today, fy, seed);
            benchmarkFile(fy, seed);
            populationFile(today, people);
            return null;
        });
    }

    private MeasureCommands.TargetSetting target(MeasureView m, int year) {
        double[] aim = AIMS.get(m.reference());
        if (aim != null && aim.length == 2) {
            return new MeasureCommands.TargetSetting(null, null, new MeasureCommands.Band(BigDecimal.valueOf(aim[0]), BigDecimal.valueOf(aim[1])), null);
        }
        if (aim != null) {
            return new MeasureCommands.TargetSetting(BigDecimal.valueOf(aim[0]), null, null, null);
        }
        if (COUNTS_AIMED_DOWN.contains(m.reference())) {
            String march = Periods.name(YearMonth.of(year, 3));
            BigDecimal start = series.series(m.reference(), march, march).points().stream().map(Series.Point::value)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            return start == null ? null : new MeasureCommands.TargetSetting(start.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP),
                    null, null, null);
        }
        return null;
    }

    /** Two survey measures answered each March, and a vacancy rate reported monthly by HR, each with its source. */
    private void entered(LocalDate today, int fy, long seed) {
        measures.add(new MeasureCommands.NewMeasure("ASCOF 3A", "People who use services who find it easy to find information about support",
                "Survey", "Respondents to the Adult Social Care Survey who found it very or fairly easy", "Respondents who tried to find information",
                "PERCENTAGE", "HIGHER_IS_BETTER", "SNAPSHOT", "Head of Performance"));
        measures.add(new MeasureCommands.NewMeasure("ASCOF 4A", "People who use services who feel safe", "Survey",
                "Respondents to the Adult Social Care Survey who feel as safe as they want", "All respondents", "PERCENTAGE", "HIGHER_IS_BETTER",
                "SNAPSHOT", "Head of Performance"));
        measures.add(new MeasureCommands.NewMeasure("LOCAL-WF1", "Social worker vacancy rate", "Workforce",
                "Social worker posts vacant at the month end", "Social worker posts in the establishment", "PERCENTAGE", "LOWER_IS_BETTER",
                "SNAPSHOT", "Head of Workforce"));
        Random random = new Random(seed);
        for (int year = fy - 3; year < fy; year++) {
            String march = Periods.name(YearMonth.of(year + 1, 3));
            values.enter("ASCOF 3A", march, new MeasureCommands.EnteredValue(BigDecimal.valueOf(62 + random.nextInt(60) / 10.0), null, null,
                    "Adult Social Care Survey " + Periods.yearLabel(year) + " (synthetic)", null, null));
            values.enter("ASCOF 4A", march, new MeasureCommands.EnteredValue(BigDecimal.valueOf(68 + random.nextInt(60) / 10.0), null, null,
                    "Adult Social Care Survey " + Periods.yearLabel(year) + " (synthetic)", null, null));
        }
        measures.setTarget("ASCOF 3A", fy, new MeasureCommands.TargetSetting(new BigDecimal("67"), null, null, null));
        measures.setTarget("ASCOF 4A", fy, new MeasureCommands.TargetSetting(new BigDecimal("72"), null, null, null));
        YearMonth last = YearMonth.from(today).minusMonths(1);
        double rate = 14;
        for (YearMonth month = last.minusMonths(23); !month.isAfter(last); month = month.plusMonths(1)) {
            // A recruitment drive 9 months ago brings the rate down by about four points.
            rate = Math.max(2, rate + random.nextGaussian() * 0.8 - (month.equals(last.minusMonths(8)) ? 4 : 0));
            values.enter("LOCAL-WF1", Periods.name(month), new MeasureCommands.EnteredValue(BigDecimal.valueOf(rate).setScale(1, RoundingMode.HALF_UP),
                    null, null, "HR establishment report (synthetic)", null, null));
        }
        measures.setTarget("LOCAL-WF1", fy, new MeasureCommands.TargetSetting(new BigDecimal("10"), null, null, null));
    }

    /** Sixteen synthetic comparator councils and Anytown, for the two survey measures, three years. */
    private void benchmarkFile(int fy, long seed) {
        Random random = new Random(seed + 1);
        List<List<?>> csv = new ArrayList<>();
        List<String> neighbours = new ArrayList<>();
        for (String reference : List.of("ASCOF 3A", "ASCOF 4A")) {
            for (int year = fy - 3; year < fy; year++) {
                for (int i = 1; i <= 16; i++) {
                    String code = String.format("E0699%04d", i);
                    if (i <= 8 && !neighbours.contains(code)) {
                        neighbours.add(code);
                    }
                    csv.add(List.of(reference, year, code, "Comparator council " + i + " (synthetic)", BigDecimal.valueOf(58 + random.nextInt(180) / 10.0)));
                }
                var ours = series.series(reference, Periods.name(YearMonth.of(year + 1, 3)), Periods.name(YearMonth.of(year + 1, 3))).points();
                if (!ours.isEmpty() && ours.get(0).value() != null) {
                    csv.add(List.of(reference, year, areaCode, "Anytown Council", ours.get(0).value().toPlainString()));
                }
            }
        }
        benchmarks.importFile("ascof-synthetic.csv", CsvFiles.write(List.of("measure", "year", "area_code", "area_name", "value"), csv));
        benchmarks.addGroup(new MeasureCommands.ComparatorGroup("Nearest neighbours", "Anytown's eight statistical neighbours (synthetic)", neighbours));
    }

    /** Anytown's population, in proportion to the demo record (about three adults in ten on the record are 65 or over). */
    private void populationFile(LocalDate today, int people) {
        int adults = Math.max(people, 100) * 40;
        List<List<?>> rows = List.of(2, 1, 0).stream().map(back -> today.getYear() - 1 - back)
                .<List<?>>flatMap(year -> Stream.of(List.of(year, "18-64", (int) (adults * 0.7)), List.of(year, "65+", (int) (adults * 0.3)))).toList();
        benchmarks.importPopulation("ons-mid-year-synthetic.csv", CsvFiles.write(List.of("year", "age_band", "population"), rows));
    }
}
