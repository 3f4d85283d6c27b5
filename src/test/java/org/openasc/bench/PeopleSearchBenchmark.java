package org.openasc.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.openasc.OpenAscApplication;
import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticPeople;
import org.openasc.people.PersonDetails;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Builds a county-sized council (100,000 people by default) in a throwaway embedded PostgreSQL, then
 * measures person search over HTTP as a signed-in practitioner (session cookie, as the browser does) and
 * record creation through the API. Run with {@code bench/people-search [people]}.
 */
public final class PeopleSearchBenchmark {

    private static final long SEED = 20261124L;
    private static final String PASSWORD = "benchmark password 1";
    private static final int WARM_UP = 40;
    private static final int SAMPLES = 200;
    private static final int CREATES = 500;

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ConfigurableApplicationContext context = SpringApplication.run(OpenAscApplication.class,
                "--server.port=0", "--openasc.demo.enabled=false", "--openasc.embedded-database.data-directory=",
                "--logging.level.root=WARN", "--logging.level.org.openasc=WARN");
        try {
            long started = System.nanoTime();
            context.getBean(DemoCouncil.class).load(size, SEED);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Generated and loaded %,d people in %.1f s (%,.0f people/s)%n", size, loadSeconds, size / loadSeconds);
            context.getBean(StaffDirectory.class).createStaffUnchecked(new StaffDirectory.NewStaff("bench", "Bench Practitioner", null,
                    PASSWORD, Set.of(Role.PRACTITIONER), Set.of()), "bench");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession session = BenchSession.signIn("http://localhost:" + port, "bench", PASSWORD);
            measureSearch(session, queries(size));
            measureCreate(session);
        } finally {
            context.close();
        }
    }

    /** Queries of each kind a practitioner types, drawn from people who are in the generated council. */
    private static Map<String, List<String>> queries(int size) {
        List<PersonDetails> sample = SyntheticPeople.generate(0, Math.min(size, 5000), SEED, LocalDate.now()).people();
        Map<String, List<String>> queries = new LinkedHashMap<>();
        for (String kind : List.of("full name", "family name", "misspelt name", "NHS number", "postcode", "date of birth", "name and birth date")) {
            queries.put(kind, new ArrayList<>());
        }
        for (int i = 0; i < SAMPLES + WARM_UP; i++) {
            PersonDetails p = sample.get((i * 37) % sample.size());
            queries.get("full name").add("q=" + encode(p.givenName() + " " + p.familyName()));
            queries.get("family name").add("q=" + encode(p.familyName()));
            queries.get("misspelt name").add("q=" + encode(p.givenName() + " " + misspell(p.familyName())));
            queries.get("NHS number").add("nhsNumber=" + (p.nhsNumber() == null ? "9990000018" : p.nhsNumber()));
            queries.get("postcode").add("postcode=" + encode(p.postcode()));
            queries.get("date of birth").add("dateOfBirth=" + p.dateOfBirth());
            queries.get("name and birth date").add("q=" + encode(p.familyName() + " " + p.dateOfBirth().format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"))));
        }
        return queries;
    }

    private static void measureSearch(BenchSession session, Map<String, List<String>> queries) throws Exception {
        System.out.println();
        System.out.println("Person search over HTTP, GET /api/v1/people (first page of 20), " + SAMPLES + " queries per kind after "
                + WARM_UP + " warm-up queries of every kind");
        System.out.printf("%-22s %10s %10s %10s %12s%n", "query", "median ms", "p95 ms", "max ms", "avg results");
        for (List<String> kind : queries.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                session.get("/api/v1/people?" + kind.get(i));
            }
        }
        List<Double> all = new ArrayList<>();
        List<String> slowestQueries = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : queries.entrySet()) {
            double[] millis = new double[SAMPLES];
            long results = 0;
            String slowest = "";
            double slowestMillis = 0;
            for (int i = WARM_UP; i < WARM_UP + SAMPLES; i++) {
                long t = System.nanoTime();
                String body = session.get("/api/v1/people?" + kind.getValue().get(i));
                double elapsed = (System.nanoTime() - t) / 1e6;
                millis[i - WARM_UP] = elapsed;
                all.add(elapsed);
                results += totalOf(body);
                if (elapsed > slowestMillis) {
                    slowestMillis = elapsed;
                    slowest = kind.getValue().get(i);
                }
            }
            Arrays.sort(millis);
            System.out.printf("%-22s %10.1f %10.1f %10.1f %12.1f%n", kind.getKey(), BenchSession.percentile(millis, 50), BenchSession.percentile(millis, 95),
                    millis[millis.length - 1], results / (double) SAMPLES);
            slowestQueries.add(kind.getKey() + ": " + slowest);
        }
        double[] overall = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-22s %10.1f %10.1f %10.1f%n", "all kinds", BenchSession.percentile(overall, 50), BenchSession.percentile(overall, 95), overall[overall.length - 1]);
        System.out.println("Slowest query of each kind: " + String.join("; ", slowestQueries));
    }

    private static void measureCreate(BenchSession session) throws Exception {
        List<PersonDetails> fresh = SyntheticPeople.generate(900_000, CREATES, SEED + 1, LocalDate.now()).people();
        long started = System.nanoTime();
        for (PersonDetails p : fresh) {
            String json = "{\"givenName\":\"%s\",\"familyName\":\"%s\",\"dateOfBirth\":\"%s\",\"postcode\":\"%s\",\"gender\":\"%s\",\"ethnicity\":\"%s\"}"
                    .formatted(p.givenName(), p.familyName(), p.dateOfBirth(), p.postcode(), p.gender(), p.ethnicity());
            session.post("/api/v1/people", json);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println();
        System.out.printf("Create over HTTP, POST /api/v1/people, one client: %d records in %.1f s = %.0f records/s (%.1f ms each)%n",
                CREATES, seconds, CREATES / seconds, seconds * 1000 / CREATES);
    }

    private static String misspell(String name) {
        return name.length() < 5 ? name + "e" : name.substring(0, 2) + name.substring(3);
    }

    private static long totalOf(String body) {
        Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
