package org.openasc.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.openasc.OpenAscApplication;
import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticSupport;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.providers.ProviderCommands;
import org.openasc.providers.ProviderRegister;

/**
 * Builds a county's care and support (by default about 25,000 people in long-term support today out of
 * 52,000 with long-term support at some point over 5 years, with yearly fee uplifts, reviews, direct
 * payments, and 12,000 hospital discharges a year for 3 years) in a throwaway embedded PostgreSQL and times the
 * dashboard, its drill-downs and the reviews-due list over HTTP.
 * Run with {@code bench/support [longTermPeople] [people]}.
 */
public final class SupportBenchmark {

    private static final long SEED = 20261129L;
    private static final String PASSWORD = "benchmark password 1";
    private static final int WARM_UP = 3;
    private static final int SAMPLES = 20;

    public static void main(String[] args) throws Exception {
        int longTerm = args.length > 0 ? Integer.parseInt(args[0]) : 52_000;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ConfigurableApplicationContext context = SpringApplication.run(OpenAscApplication.class,
                "--server.port=0", "--openasc.demo.enabled=false", "--openasc.embedded-database.data-directory=",
                "--logging.level.root=WARN", "--logging.level.org.openasc=WARN");
        try {
            StaffDirectory staff = context.getBean(StaffDirectory.class);
            long north = staff.createTeamUnchecked(new StaffDirectory.NewTeam("Locality North", "bench"), "bench").id();
            long south = staff.createTeamUnchecked(new StaffDirectory.NewTeam("Locality South", "bench"), "bench").id();
            for (int i = 1; i <= 30; i++) {
                staff.createStaffUnchecked(new StaffDirectory.NewStaff("worker" + i, "Worker " + i, null, PASSWORD, Set.of(Role.PRACTITIONER),
                        Set.of(i % 2 == 0 ? north : south)), "bench");
            }
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("performance", "Bench Performance", null, PASSWORD,
                    Set.of(Role.PERFORMANCE), Set.of()), "bench");
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("manager", "Bench Manager", null, PASSWORD,
                    Set.of(Role.TEAM_MANAGER), Set.of(north)), "bench");
            market(context.getBean(ProviderRegister.class));
            DemoCouncil council = context.getBean(DemoCouncil.class);
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
            BenchSession performance = BenchSession.signIn(base, "performance", PASSWORD);
            BenchSession manager = BenchSession.signIn(base, "manager", PASSWORD);
            BenchSession worker = BenchSession.signIn(base, "worker2", PASSWORD);
            Map<String, Timed> cases = new LinkedHashMap<>();
            cases.put("GET /api/v1/support/summary (today)", () -> performance.get("/api/v1/support/summary"));
            cases.put("GET /api/v1/support/summary (2 years ago)", () -> performance.get("/api/v1/support/summary?asOf=" + today.minusYears(2)));
            cases.put("Support dashboard page (today)", () -> performance.page("/support/dashboard"));
            cases.put("Drill-down: not reviewed in 12 months", () -> performance.get("/api/v1/support/summary/records?figure=not-reviewed"));
            cases.put("Drill-down: direct payments (manager, team)", () -> manager.get("/api/v1/support/summary/records?figure=direct-payment"));
            cases.put("Drill-down: weekly cost, community", () -> performance.get(
                    "/api/v1/support/summary/records?figure=weekly-cost&serviceType=Long%20term%20support%3A%20Community"));
            cases.put("GET /api/v1/reviews/due (all teams)", () -> performance.get("/api/v1/reviews/due"));
            cases.put("Reviews due page (a practitioner's team)", () -> worker.page("/support/reviews"));
            System.out.println();
            System.out.println("Over HTTP with a signed-in session, n requests each (up to " + SAMPLES + ") after " + WARM_UP + " warm-up requests");
            System.out.printf("%-46s %10s %10s %10s %4s%n", "request", "median ms", "p95 ms", "max ms", "n");
            for (Map.Entry<String, Timed> c : cases.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    c.getValue().run();
                }
                List<Double> timings = new ArrayList<>();
                long caseStarted = System.nanoTime();
                while (timings.size() < SAMPLES && (timings.size() < 5 || System.nanoTime() - caseStarted < 60e9)) {
                    long t = System.nanoTime();
                    c.getValue().run();
                    timings.add((System.nanoTime() - t) / 1e6);
                }
                double[] millis = timings.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("%-46s %10.1f %10.1f %10.1f %4d%n", c.getKey(), BenchSession.percentile(millis, 50),
                        BenchSession.percentile(millis, 95), millis[millis.length - 1], millis.length);
            }
        } finally {
            context.close();
        }
    }

    /** A county's care homes and home care branches, registered as brokerage would. */
    private static void market(ProviderRegister register) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("bench", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_BROKERAGE"))));
        try {
            for (int i = 0; i < 160; i++) {
                List<String> services = i < 40 ? List.of("Nursing home", "Residential care home") : i < 120 ? List.of("Residential care home")
                        : List.of("Home care");
                register.register(new ProviderCommands.NewLocation("Bench Group " + (i % 12), null, "1-" + (500_000_000L + i),
                        "Bench location " + i, null, "LE1 7RH", services, i < 120 ? 30 + i % 50 : 0, "Zone " + (i % 6)));
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @FunctionalInterface
    private interface Timed {
        Object run() throws Exception;
    }
}
