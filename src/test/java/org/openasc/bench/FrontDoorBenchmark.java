package org.openasc.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticFrontDoor;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Builds a county-sized front door (about 60,000 requests a year for 3 years, with the contacts,
 * check-ins, conversations and assessments around them) in a throwaway embedded PostgreSQL and
 * times the waiting-list pages and the dashboard queries over HTTP. Run with
 * {@code bench/frontdoor [requestsPerYear] [years] [people]}.
 */
public final class FrontDoorBenchmark {

    private static final long SEED = 20261124L;
    private static final int WARM_UP = 5;
    private static final int SAMPLES = 30;

    public static void main(String[] args) throws Exception {
        int perYear = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int people = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            BenchCouncil.Teams teams = BenchCouncil.staff(context.getBean(StaffDirectory.class));
            long north = teams.north();
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
            BenchSession performance = BenchSession.signIn(base, "performance", BenchCouncil.PASSWORD);
            BenchSession manager = BenchSession.signIn(base, "manager", BenchCouncil.PASSWORD);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            Map<String, BenchCouncil.Timed> cases = new LinkedHashMap<>();
            cases.put("Waiting list page, all teams (performance)", () -> performance.page("/waiting-list"));
            cases.put("Waiting list page, one team (manager)", () -> manager.page("/waiting-list?team=" + north));
            cases.put("Waiting list page, a year ago", () -> performance.page("/waiting-list?asOf=" + today.minusYears(1)));
            cases.put("Waiting list page 20 (longest waits, all)", () -> performance.page("/waiting-list?page=20"));
            cases.put("GET /api/v1/waiting-list?overdue=true", () -> performance.get("/api/v1/waiting-list?overdue=true"));
            cases.put("GET /api/v1/frontdoor/summary (12 months)", () -> performance.get("/api/v1/frontdoor/summary"));
            cases.put("GET /api/v1/frontdoor/summary (3 years)", () -> performance.get("/api/v1/frontdoor/summary?from=" + today.minusYears(years).plusDays(1)));
            cases.put("Front door dashboard page (12 months)", () -> performance.page("/frontdoor/dashboard"));
            cases.put("Drill-down: prevent contacts, page 1", () -> performance.get("/api/v1/frontdoor/summary/records?figure=CONTACTS_BY_LAYER&value=prevent"));
            BenchCouncil.time(cases, WARM_UP, SAMPLES);
        } finally {
            context.close();
        }
    }

}
