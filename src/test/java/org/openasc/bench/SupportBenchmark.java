package org.openasc.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticSupport;

/**
 * Builds a county's care and support (by default about 25,000 people in long-term support today out of
 * 52,000 with long-term support at some point over 5 years, with yearly fee uplifts, reviews, direct
 * payments, and 12,000 hospital discharges a year for 3 years) in a throwaway embedded PostgreSQL and times the
 * dashboard, its drill-downs and the reviews-due list over HTTP.
 * Run with {@code bench/support [longTermPeople] [people]}.
 */
public final class SupportBenchmark {

    private static final long SEED = 20261129L;
    private static final int WARM_UP = 3;
    private static final int SAMPLES = 20;

    public static void main(String[] args) throws Exception {
        int longTerm = args.length > 0 ? Integer.parseInt(args[0]) : 52_000;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            DemoCouncil council = BenchCouncil.council(context);
            long started = System.nanoTime();
            List<UUID> ids = council.load(people, SEED);
            System.out.printf("Loaded %,d people in %.1f s%n", ids.size(), (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            SyntheticSupport.Activity activity = council.supportActivity(longTerm, 12_000, 3, SEED);
            System.out.printf("Generated and loaded %,d services, %,d reviews, %,d discharges and %,d direct payments in %.1f s%n",
                    activity.services().size(), activity.reviews().size(), activity.discharges().size(), activity.directPayments().size(),
                    (System.nanoTime() - started) / 1e9);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long open = jdbc.sql("""
                    select count(distinct person_id) from support.service where long_term and start_date <= :d and (end_date is null or end_date >= :d)""")
                    .param("d", today).query(Long.class).single();
            long terms = jdbc.sql("select count(*) from support.service_terms").query(Long.class).single();
            System.out.printf("People in long-term support today: %,d; service terms: %,d%n", open, terms);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession performance = BenchSession.signIn(base, "performance", BenchCouncil.PASSWORD);
            BenchSession manager = BenchSession.signIn(base, "manager", BenchCouncil.PASSWORD);
            BenchSession worker = BenchSession.signIn(base, "worker2", BenchCouncil.PASSWORD);
            Map<String, BenchCouncil.Timed> cases = new LinkedHashMap<>();
            cases.put("GET /api/v1/support/summary (today)", () -> performance.get("/api/v1/support/summary"));
            cases.put("GET /api/v1/support/summary (2 years ago)", () -> performance.get("/api/v1/support/summary?asOf=" + today.minusYears(2)));
            cases.put("GET /api/v1/support/summary/months (6)", () -> performance.get("/api/v1/support/summary/months?months=6"));
            cases.put("Support dashboard page (today)", () -> performance.page("/support/dashboard"));
            cases.put("Drill-down: not reviewed in 12 months", () -> performance.get("/api/v1/support/summary/records?figure=not-reviewed"));
            cases.put("Drill-down: direct payments (manager, team)", () -> manager.get("/api/v1/support/summary/records?figure=direct-payment"));
            cases.put("Drill-down: weekly cost, community", () -> performance.get(
                    "/api/v1/support/summary/records?figure=weekly-cost&serviceType=Long%20term%20support%3A%20Community"));
            cases.put("GET /api/v1/reviews/due (all teams)", () -> performance.get("/api/v1/reviews/due"));
            cases.put("Reviews due page (a practitioner's team)", () -> worker.page("/support/reviews"));
            BenchCouncil.time(cases, WARM_UP, SAMPLES);
        } finally {
            context.close();
        }
    }


}
