package org.openasc.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.openasc.demo.DemoCouncil;

/**
 * Builds a year of safeguarding at the scale of a council cluster (by default 200,000 concerns in the
 * financial year April 2025 to March 2026, about 62,000 of them becoming enquiries) in a throwaway
 * embedded PostgreSQL and times the Safeguarding Adults Collection, its CSV, the summary and the monthly
 * tables over HTTP. Run with {@code bench/safeguarding [concerns] [people]}.
 */
public final class SafeguardingBenchmark {

    private static final long SEED = 20261129L;

    public static void main(String[] args) throws Exception {
        int concerns = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            DemoCouncil council = BenchCouncil.council(context);
            long started = System.nanoTime();
            List<UUID> ids = council.load(people, SEED);
            System.out.printf("Loaded %,d people in %.1f s%n", ids.size(), (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            LocalDate from = LocalDate.of(2025, 4, 1);
            LocalDate to = LocalDate.of(2026, 3, 31);
            int loaded = council.safeguardingActivity(from, to, concerns, SEED).size();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long enquiries = jdbc.sql("select count(*) from safeguarding.enquiry").query(Long.class).single();
            long allegations = jdbc.sql("select count(*) from safeguarding.allegation").query(Long.class).single();
            System.out.printf("Generated and loaded %,d concerns, %,d enquiries and %,d allegations in %.1f s%n", loaded, enquiries, allegations,
                    (System.nanoTime() - started) / 1e9);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession performance = BenchSession.signIn(base, "performance", BenchCouncil.PASSWORD);
            Map<String, BenchCouncil.Timed> cases = new LinkedHashMap<>();
            cases.put("GET /api/v1/returns/sac?financialYear=2025", () -> performance.get("/api/v1/returns/sac?financialYear=2025"));
            cases.put("GET /api/v1/returns/sac.csv?financialYear=2025", () -> performance.get("/api/v1/returns/sac.csv?financialYear=2025"));
            cases.put("SAC page (2025-26)", () -> performance.page("/returns/sac?financialYear=2025"));
            cases.put("GET /api/v1/safeguarding/summary (a quarter)", () -> performance.get("/api/v1/safeguarding/summary?from=2026-01-01&to=2026-03-31"));
            cases.put("GET /api/v1/safeguarding/summary (the year)", () -> performance.get("/api/v1/safeguarding/summary?from=2025-04-01&to=2026-03-31"));
            cases.put("GET /api/v1/safeguarding/organisational?year=2025", () -> performance.get("/api/v1/safeguarding/organisational?year=2025"));
            BenchCouncil.time(cases, 3, 20);
        } finally {
            context.close();
        }
    }
}
