package org.openasc.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.openasc.demo.DemoCouncil;
import org.openasc.performance.MeasureCommands;
import org.openasc.performance.MeasureValues;
import org.openasc.performance.Measures;
import org.openasc.performance.Periods;
import org.openasc.performance.Scorecard;
import org.openasc.platform.signals.MeasureFigures;

/**
 * The scorecard at county scale: 100,000 people with three years of front-door, care and support and safeguarding
 * work, the measures computed from the record plus entered ones to make 30, over 36 months. Times the scorecard
 * cold (every month computed from the record), keeping the month ends, reading the month to date of the measures read on
 * a timetable (as the quarter-hourly scheduled work does), and the scorecard again reading what was kept.
 * Run with {@code bench/performance [people] [longTermPeople]}.
 */
public final class PerformanceBenchmark {

    private static final long SEED = 20261201L;

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int longTerm = args.length > 1 ? Integer.parseInt(args[1]) : 12_000;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            DemoCouncil council = BenchCouncil.council(context);
            long started = System.nanoTime();
            List<UUID> ids = council.load(people, SEED);
            council.supportActivity(longTerm, longTerm / 2, 3, SEED);
            council.frontDoorActivity(ids, people / 3, 3, SEED);
            council.safeguardingActivity(people / 10, 3, SEED);
            System.out.printf("Loaded %,d people with three years of work in %.1f s%n", people, (System.nanoTime() - started) / 1e9);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("performance", null,
                    List.of(new SimpleGrantedAuthority("ROLE_PERFORMANCE"))));
            Measures measures = context.getBean(Measures.class);
            MeasureValues values = context.getBean(MeasureValues.class);
            Scorecard scorecard = context.getBean(Scorecard.class);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            int computed = measures.list().size();
            Random random = new Random(SEED);
            for (int i = computed + 1; i <= 30; i++) {
                String ref = "BENCH-" + i;
                measures.add(new MeasureCommands.NewMeasure(ref, "Entered measure " + i, "Entered", "Counted", "Out of", "PERCENTAGE",
                        "HIGHER_IS_BETTER", "SNAPSHOT", "Bench"));
                for (YearMonth m = YearMonth.from(today).minusMonths(36); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
                    values.enter(ref, Periods.name(m), new MeasureCommands.EnteredValue(BigDecimal.valueOf(50 + random.nextInt(400) / 10.0), null, null,
                            "Bench", null, null));
                }
                measures.setTarget(ref, Periods.financialYear(today), new MeasureCommands.TargetSetting(new BigDecimal("65"), null, null, null));
            }
            System.out.printf("%d measures: %d computed from the record, %d entered; 36 months each%n", measures.list().size(), computed,
                    measures.list().size() - computed);
            System.out.println();
            System.out.printf("%-52s %10s %10s %10s %4s%n", "", "median ms", "p95 ms", "max ms", "n");
            BenchCouncil.report("Scorecard, cold (every month from the record)", 1, () -> scorecard.scorecard(today));
            long keep = System.nanoTime();
            int kept = values.keepMonthEnds(36);
            System.out.printf("%-52s %10.1f  (%,d values kept)%n", "Keeping 36 month ends of every computed measure", (System.nanoTime() - keep) / 1e6, kept);
            org.openasc.performance.MonthToDate monthToDate = context.getBean(org.openasc.performance.MonthToDate.class);
            long read = System.nanoTime();
            int readings = monthToDate.readAll();
            System.out.printf("%-52s %10.1f  (%d measures)%n", "Reading the month to date (quarter-hourly work)", (System.nanoTime() - read) / 1e6, readings);
            BenchCouncil.report("Scorecard, with kept month ends and readings", 10, () -> scorecard.scorecard(today));
            System.out.println();
            System.out.println("Each computed measure for the month in progress, read live (those read on a timetable are not, on the scorecard)");
            for (MeasureFigures source : context.getBeansOfType(MeasureFigures.class).values()) {
                for (MeasureFigures.Definition d : source.definitions()) {
                    BenchCouncil.report(d.reference(), 5, () -> source.figure(d.reference(), today));
                }
            }
            BenchCouncil.report("Scorecard at a past date, with kept month ends", 10, () -> scorecard.scorecard(today.minusMonths(6).withDayOfMonth(1).minusDays(1)));
        } finally {
            context.close();
        }
    }
}
