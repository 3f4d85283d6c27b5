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

import org.openasc.OpenAscApplication;
import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticFrontDoor;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Builds a county-sized front door (about 60,000 requests a year for 3 years, with the contacts,
 * check-ins, conversations and assessments around them) in a throwaway embedded PostgreSQL and
 * times the waiting-list pages and the dashboard queries over HTTP. Run with
 * {@code bench/frontdoor [requestsPerYear] [years] [people]}.
 */
public final class FrontDoorBenchmark {

    private static final long SEED = 20261124L;
    private static final String PASSWORD = "benchmark password 1";
    private static final int WARM_UP = 5;
    private static final int SAMPLES = 30;

    public static void main(String[] args) throws Exception {
        int perYear = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
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
            DemoCouncil council = context.getBean(DemoCouncil.class);
            long started = System.nanoTime();
            List<UUID> ids = council.load(people, SEED);
            System.out.printf("Loaded %,d people in %.1f s%n", people, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            SyntheticFrontDoor.Activity activity = council.frontDoorActivity(ids, perYear, years, SEED);
            System.out.printf("Generated and loaded %,d contacts, %,d requests and %,d assessments (%d years at %,d requests a year) in %.1f s%n",
                    activity.contacts().size(), activity.requests().size(), activity.assessments().size(), years, perYear,
                    (System.nanoTime() - started) / 1e9);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession performance = BenchSession.signIn(base, "performance", PASSWORD);
            BenchSession manager = BenchSession.signIn(base, "manager", PASSWORD);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            Map<String, Timed> cases = new LinkedHashMap<>();
            cases.put("Waiting list page, all teams (performance)", () -> performance.page("/waiting-list"));
            cases.put("Waiting list page, one team (manager)", () -> manager.page("/waiting-list?team=" + north));
            cases.put("Waiting list page, a year ago", () -> performance.page("/waiting-list?asOf=" + today.minusYears(1)));
            cases.put("Waiting list page 20 (longest waits, all)", () -> performance.page("/waiting-list?page=20"));
            cases.put("GET /api/v1/waiting-list?overdue=true", () -> performance.get("/api/v1/waiting-list?overdue=true"));
            cases.put("GET /api/v1/frontdoor/summary (12 months)", () -> performance.get("/api/v1/frontdoor/summary"));
            cases.put("GET /api/v1/frontdoor/summary (3 years)", () -> performance.get("/api/v1/frontdoor/summary?from=" + today.minusYears(years).plusDays(1)));
            cases.put("Front door dashboard page (12 months)", () -> performance.page("/frontdoor/dashboard"));
            cases.put("Drill-down: prevent contacts, page 1", () -> performance.get("/api/v1/frontdoor/summary/records?figure=CONTACTS_BY_LAYER&value=prevent"));
            System.out.println();
            System.out.println("Over HTTP with a signed-in session, n requests each (up to " + SAMPLES + ") after " + WARM_UP + " warm-up requests");
            System.out.printf("%-46s %10s %10s %10s %4s%n", "request", "median ms", "p95 ms", "max ms", "n");
            for (Map.Entry<String, Timed> c : cases.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    c.getValue().run();
                }
                // Up to SAMPLES timings, fewer (at least 5) for a request slow enough to pass a minute.
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

    /** One timed request. */
    @FunctionalInterface
    private interface Timed {
        Object run() throws Exception;
    }
}
