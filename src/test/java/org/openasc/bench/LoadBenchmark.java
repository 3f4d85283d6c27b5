package org.openasc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;
import io.gatling.shared.cli.GatlingCliOptions;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.openasc.demo.DemoCouncil;
import org.openasc.performance.MeasureValues;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.providers.ProviderRegister;

/**
 * A council's working day under load (issue 17): a county (100,000 people with three years of front-door, care and
 * support and safeguarding work, month ends kept as the nightly job keeps them) in a throwaway embedded PostgreSQL,
 * then {@link CouncilDaySimulation} run by Gatling in this process against it over loopback: 200 signed-in staff
 * (practitioners in two locality teams, managers, the safeguarding team, performance analysts) and an integration
 * polling the API with a token. Prints throughput, median, 95th percentile and errors per request kind, and person
 * search by name at the 95th percentile against its 50 ms target; exits non-zero on any failed request.
 * Run with {@code bench/load [people] [minutes] [staff] [thinkSeconds]}.
 */
public final class LoadBenchmark {

    private static final long SEED = 20261201L;
    private static final double SEARCH_TARGET_MS = 50;

    /** What the simulation needs: where, who, what to search for and open, and how long the day lasts. */
    record Plan(String base, String token, Duration ramp, Duration day, Duration think,
                List<Map<String, Object>> practitioners, List<Map<String, Object>> managers, List<Map<String, Object>> safeguarding,
                List<Map<String, Object>> performance, List<Map<String, Object>> names, List<Map<String, Object>> people,
                Map<String, List<UUID>> assessmentsByWorker, List<UUID> assessments) {
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double minutes = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        int staff = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        double thinkSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 10;
        int failed;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            StaffDirectory directory = context.getBean(StaffDirectory.class);
            BenchCouncil.Teams teams = BenchCouncil.staff(directory);
            BenchCouncil.market(context.getBean(ProviderRegister.class));
            Map<String, List<Map<String, Object>>> accounts = accounts(directory, teams, staff);
            county(context, people);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            LocalDate today = Today.on(context.getBean(Clock.class));
            Map<String, List<UUID>> byWorker = new HashMap<>();
            List<UUID> assessments = new ArrayList<>();
            jdbc.sql("select worker, id from assessment.assessment order by assessment_number").query((rs, n) -> {
                UUID id = rs.getObject("id", UUID.class);
                assessments.add(id);
                return byWorker.computeIfAbsent(rs.getString("worker"), w -> new ArrayList<>()).add(id);
            }).list();
            // People spread through the whole county: their names to type, their records to open.
            List<Map<String, Object>> names = jdbc.sql("""
                    select given_name || ' ' || family_name as "fullName", family_name as "familyName"
                    from people.person where retracted_at is null and person_number % 17 = 0 order by person_number limit 5000""")
                    .query((rs, n) -> Map.<String, Object>of("fullName", rs.getString("fullName"), "familyName", rs.getString("familyName"))).list();
            List<Map<String, Object>> opened = jdbc.sql("""
                    select id, nhs_number from people.person where retracted_at is null and nhs_number is not null and person_number % 23 = 0
                    order by person_number limit 4000""")
                    .query((rs, n) -> Map.<String, Object>of("personId", rs.getObject("id", UUID.class).toString(), "nhsNumber",
                            rs.getString("nhs_number"))).list();
            Duration day = Duration.ofMillis((long) (minutes * 60_000));
            Duration ramp = Duration.ofSeconds(Math.min(60, Math.max(5, day.toSeconds() / 4)));
            Plan plan = new Plan(base, ApiThroughputBenchmark.token(base, today), ramp, day, Duration.ofMillis((long) (thinkSeconds * 1000)),
                    accounts.get("practitioners"), accounts.get("managers"), accounts.get("safeguarding"), accounts.get("performance"),
                    names, opened, byWorker, assessments);
            System.out.printf("%nThe day: %d staff (%d practitioners in two teams, %d managers, %d safeguarding, %d performance) signing in over %d s,%n"
                            + "then working for %.1f min with %.0f s of thought between actions (twice that reading dashboards), and one integration%n"
                            + "polling the API with a token every second: a closed model (a fixed population, each waiting for its answer).%n",
                    staff, plan.practitioners().size(), plan.managers().size(), plan.safeguarding().size(), plan.performance().size(),
                    ramp.toSeconds(), minutes, thinkSeconds);
            failed = run(plan, people);
        } finally {
            context.close();
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** A county with three years of work, as the performance benchmark builds it, with the month ends kept as in service. */
    private static void county(ConfigurableApplicationContext context, int people) {
        DemoCouncil council = context.getBean(DemoCouncil.class);
        long started = System.nanoTime();
        List<UUID> ids = council.load(people, SEED);
        System.out.printf("Loaded %,d people in %.1f s%n", ids.size(), seconds(started));
        started = System.nanoTime();
        var support = council.supportActivity(people * 12 / 100, people * 6 / 100, 3, SEED);
        var frontDoor = council.frontDoorActivity(ids, people / 3, 3, SEED);
        int concerns = council.safeguardingActivity(people / 10, 3, SEED).size();
        System.out.printf("Loaded %,d requests, %,d assessments, %,d services, %,d reviews and %,d safeguarding concerns (three years) in %.1f s%n",
                frontDoor.requests().size(), frontDoor.assessments().size(), support.services().size(), support.reviews().size(), concerns,
                seconds(started));
        started = System.nanoTime();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("performance", null,
                List.of(new SimpleGrantedAuthority("ROLE_PERFORMANCE"))));
        try {
            int kept = context.getBean(MeasureValues.class).keepMonthEnds(36);
            System.out.printf("Kept %,d month-end measure values in %.1f s%n", kept, seconds(started));
            // As the quarter-hourly scheduled work does in service (the bench switches scheduled work off).
            started = System.nanoTime();
            int read = context.getBean(org.openasc.performance.MonthToDate.class).readAll();
            System.out.printf("Read the month to date of %d measures read on a timetable in %.1f s%n", read, seconds(started));
        } finally {
            SecurityContextHolder.clearContext();
        }
        context.getBean(JdbcClient.class).sql("analyze").update();
    }

    /**
     * The day's staff on top of {@link BenchCouncil#staff}'s 30 workers, "manager" and "performance": about 85% practitioners
     * split between the two localities, 6% managers, 5% safeguarding and 4% performance; and an administrator for the token.
     */
    private static Map<String, List<Map<String, Object>>> accounts(StaffDirectory directory, BenchCouncil.Teams teams, int staff) {
        int managers = Math.max(2, staff * 6 / 100);
        int safeguarding = Math.max(1, staff * 5 / 100);
        int performance = Math.max(1, staff * 4 / 100);
        int practitioners = staff - managers - safeguarding - performance;
        long safeguardingTeam = directory.createTeamUnchecked(new StaffDirectory.NewTeam("Safeguarding Adults Team", "bench"), "bench").id();
        Map<String, List<Map<String, Object>>> accounts = new LinkedHashMap<>();
        for (String kind : List.of("practitioners", "managers", "safeguarding", "performance")) {
            accounts.put(kind, new ArrayList<>());
        }
        for (int i = 1; i <= practitioners; i++) {
            long team = i % 2 == 0 ? teams.north() : teams.south();
            if (i > 30) {
                create(directory, "worker" + i, Role.PRACTITIONER, team);
            }
            accounts.get("practitioners").add(Map.of("username", "worker" + i, "teamId", team));
        }
        for (int i = 1; i <= managers; i++) {
            long team = i % 2 == 1 ? teams.north() : teams.south();
            String username = i == 1 ? "manager" : "manager" + i;
            if (i > 1) {
                create(directory, username, Role.TEAM_MANAGER, team);
            }
            accounts.get("managers").add(Map.of("username", username, "teamId", team));
        }
        for (int i = 1; i <= safeguarding; i++) {
            create(directory, "safeguarding" + i, Role.SAFEGUARDING, safeguardingTeam);
            accounts.get("safeguarding").add(Map.of("username", "safeguarding" + i, "teamId", safeguardingTeam));
        }
        for (int i = 1; i <= performance; i++) {
            String username = i == 1 ? "performance" : "performance" + i;
            if (i > 1) {
                create(directory, username, Role.PERFORMANCE, null);
            }
            accounts.get("performance").add(Map.of("username", username, "teamId", 0L));
        }
        directory.createStaffUnchecked(new StaffDirectory.NewStaff("administrator", "Bench Administrator", null, BenchCouncil.PASSWORD,
                Set.of(Role.ADMIN), Set.of()), "bench");
        return accounts;
    }

    private static void create(StaffDirectory directory, String username, Role role, Long team) {
        directory.createStaffUnchecked(new StaffDirectory.NewStaff(username, "Bench " + username, null, BenchCouncil.PASSWORD, Set.of(role),
                team == null ? Set.of() : Set.of(team)), "bench");
    }

    /** Runs the day in Gatling, prints its table and returns how many requests failed. */
    private static int run(Plan plan, int people) throws Exception {
        CouncilDaySimulation.plan = plan;
        // No usage analytics sent from a council's machine; a short progress line every 30 s instead of the full table every 5 s.
        System.setProperty("gatling.data.enableAnalytics", "false");
        System.setProperty("gatling.data.console.light", "true");
        System.setProperty("gatling.data.console.writePeriod", "30");
        Path results = Path.of("target", "gatling");
        Files.createDirectories(results);
        // Gatling's entry point is a Scala object: its one instance runs the simulation named and returns the exit status.
        int exit = Gatling$.MODULE$.fromArgs(new String[] {GatlingCliOptions.Simulation.shortOption(), CouncilDaySimulation.class.getName(),
                GatlingCliOptions.ResultsFolder.shortOption(), results.toString()});
        Path run;
        try (Stream<Path> runs = Files.list(results)) {
            run = runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
        List<Row> rows = rows(Files.readString(run.resolve("index.html")));
        Row all = rows.stream().filter(r -> r.name().equals("All Requests")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No statistics table in " + run.resolve("index.html")));
        List<Row> kinds = new ArrayList<>(rows);
        kinds.remove(all);
        kinds.sort(Comparator.comparing((Row r) -> !r.name().startsWith("person search")).thenComparing(r -> -r.total()));
        System.out.println();
        System.out.printf("A council's working day at %,d people, per request kind (Gatling's figures; its report is %s)%n", people,
                run.resolve("index.html"));
        System.out.printf("%-36s %8s %8s %10s %8s %8s %7s%n", "request", "n", "req/s", "median ms", "p95 ms", "max ms", "errors");
        for (Row r : kinds) {
            r.print(r.name());
        }
        all.print("all requests");
        double fullName = kinds.stream().filter(r -> r.name().equals(CouncilDaySimulation.SEARCH_FULL_NAME)).mapToDouble(Row::p95).max().orElse(0);
        double familyName = kinds.stream().filter(r -> r.name().equals(CouncilDaySimulation.SEARCH_FAMILY_NAME)).mapToDouble(Row::p95).max().orElse(0);
        double worse = Math.max(fullName, familyName);
        System.out.println();
        System.out.printf("Person search by name p95 at %,d people in this mix: %.0f ms (target < %.0f ms: %s); full name %.0f ms, family name %.0f ms%n",
                people, worse, SEARCH_TARGET_MS, worse < SEARCH_TARGET_MS ? "met" : "NOT MET", fullName, familyName);
        int failed = (int) all.errors();
        if (failed > 0 || exit != 0) {
            System.out.printf("FAILED: %,d failed requests (none allowed); Gatling exit %d%n", failed, exit);
            return Math.max(failed, 1);
        }
        return 0;
    }

    /** One row of the statistics table in Gatling's report (Gatling 3.14 writes its figures only there). */
    record Row(String name, double total, double errors, double perSecond, double median, double p95, double max) {

        void print(String label) {
            System.out.printf("%-36s %8.0f %8.1f %10.0f %8.0f %8.0f %7.0f%n", label, total, perSecond, median, p95, max, errors);
        }
    }

    private static final Pattern ROW_NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /** The table's rows: columns 2 total, 4 failed, 6 per second, 8 median, 10 95th percentile, 12 maximum. */
    static List<Row> rows(String html) {
        List<Row> rows = new ArrayList<>();
        for (String row : html.split("<tr id=")) {
            Matcher name = ROW_NAME.matcher(row);
            Map<Integer, Double> cells = new HashMap<>();
            for (Matcher cell = CELL.matcher(row); cell.find(); ) {
                String value = cell.group(2).replace(",", "").trim();
                cells.put(Integer.parseInt(cell.group(1)), value.matches("-?[0-9.]+") ? Double.parseDouble(value) : 0);
            }
            if (name.find() && cells.keySet().containsAll(List.of(2, 4, 6, 8, 10, 12))) {
                rows.add(new Row(name.group(1).replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\""), cells.get(2), cells.get(4),
                        cells.get(6), cells.get(8), cells.get(10), cells.get(12)));
            }
        }
        return rows;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
