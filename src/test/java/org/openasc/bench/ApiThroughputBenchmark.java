package org.openasc.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticPeople;
import org.openasc.people.PersonDetails;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/**
 * API throughput by way of signing in: 16 concurrent clients for a fixed time against the same reads (open a person,
 * search by family name) with a browser session cookie, an API token (Bearer) and HTTP Basic, measured in three
 * interleaved rounds, each way first in one of them, so none gains from its place. Prints requests a second, median
 * and 95th percentile, and each as a share of the session's throughput. Run with {@code bench/api-throughput [people] [secondsPerWay] [clients]}.
 */
public final class ApiThroughputBenchmark {

    private static final long SEED = 20261124L;
    private static final String READER = "reader";
    private static final int ROUNDS = 3;
    private static final int WARM_UP_SECONDS = 5;
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** One client: its connection (a browser's, with the session cookie, or its own) and how it signs each request. */
    private record Client(HttpClient http, UnaryOperator<HttpRequest.Builder> sign) {

        static Client own(UnaryOperator<HttpRequest.Builder> sign) {
            return new Client(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), sign);
        }
    }

    /** What the clients of one way measured. */
    private static final class Tally {
        final List<Double> millis = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        double seconds;
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            StaffDirectory staff = context.getBean(StaffDirectory.class);
            staff.createStaffUnchecked(new StaffDirectory.NewStaff(READER, "Bench Reader", null, BenchCouncil.PASSWORD, Set.of(Role.PRACTITIONER), Set.of()), "bench");
            staff.createStaffUnchecked(new StaffDirectory.NewStaff("administrator", "Bench Administrator", null, BenchCouncil.PASSWORD, Set.of(Role.ADMIN), Set.of()), "bench");
            long started = System.nanoTime();
            List<UUID> ids = context.getBean(DemoCouncil.class).load(people, SEED);
            System.out.printf("Loaded %,d people in %.1f s%n", people, (System.nanoTime() - started) / 1e9);
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            LocalDate today = Today.on(context.getBean(Clock.class));
            List<String> paths = paths(ids, people, today);
            String token = token(base, today);
            String basic = "Basic " + Base64.getEncoder().encodeToString((READER + ":" + BenchCouncil.PASSWORD).getBytes(StandardCharsets.UTF_8));
            Map<String, List<Client>> ways = new LinkedHashMap<>();
            ways.put("session cookie", new ArrayList<>());
            ways.put("API token (Bearer)", new ArrayList<>());
            ways.put("HTTP Basic", new ArrayList<>());
            for (int i = 0; i < clients; i++) {
                ways.get("session cookie").add(new Client(BenchSession.signIn(base, READER, BenchCouncil.PASSWORD).client(), request -> request));
                ways.get("API token (Bearer)").add(Client.own(request -> request.header("Authorization", "Bearer " + token)));
                ways.get("HTTP Basic").add(Client.own(request -> request.header("Authorization", basic)));
            }
            run(base, paths, ways, clients, seconds, people);
        } finally {
            context.close();
        }
    }

    private static void run(String base, List<String> paths, Map<String, List<Client>> ways, int clients, int seconds, int people) throws Exception {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        ways.keySet().forEach(way -> tallies.put(way, new Tally()));
        for (Map.Entry<String, List<Client>> way : ways.entrySet()) {
            measure(base, paths, way.getValue(), WARM_UP_SECONDS, new Tally());
        }
        List<String> order = new ArrayList<>(ways.keySet());
        for (int round = 0; round < ROUNDS; round++) {
            for (String way : order) {
                measure(base, paths, ways.get(way), (double) seconds / ROUNDS, tallies.get(way));
            }
            // Each way goes first in one round, so none is always measured straight after another's load.
            order.add(order.remove(0));
        }
        System.out.println();
        System.out.printf("API throughput, %d concurrent clients, %d s for each way (in %d interleaved rounds, after %d s of warm-up each),%n",
                clients, seconds, ROUNDS, WARM_UP_SECONDS);
        System.out.printf("GET /api/v1/people/{id} and GET /api/v1/people?q={family name} in turn, %,d people, one practitioner (or a service account%n"
                + "with the practitioner role) for every client%n", people);
        System.out.printf("%-20s %10s %10s %10s %10s %8s %14s%n", "signed in with", "requests", "req/s", "median ms", "p95 ms", "errors", "% of session");
        double session = Double.NaN;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            double[] sorted = tally.millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double perSecond = sorted.length / tally.seconds;
            if (Double.isNaN(session)) {
                session = perSecond;
            }
            System.out.printf("%-20s %10d %10.1f %10.1f %10.1f %8d %13.0f%%%n", entry.getKey(), sorted.length, perSecond,
                    BenchSession.percentile(sorted, 50), BenchSession.percentile(sorted, 95), tally.errors.get(), 100 * perSecond / session);
        }
    }

    /** Every client of one way sends requests, one after another, until the time is up. */
    private static void measure(String base, List<String> paths, List<Client> clients, double seconds, Tally tally) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        List<List<Double>> timings = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients.size(); c++) {
            Client client = clients.get(c);
            List<Double> mine = new ArrayList<>();
            timings.add(mine);
            int offset = c * 7919;
            Thread thread = new Thread(() -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    HttpRequest request = client.sign().apply(HttpRequest.newBuilder(URI.create(base + paths.get((offset + i) % paths.size())))
                            .header("Accept", "application/json")).build();
                    long t = System.nanoTime();
                    try {
                        int status = client.http().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            tally.errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        tally.errors.incrementAndGet();
                    }
                    mine.add((System.nanoTime() - t) / 1e6);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        tally.seconds += (System.nanoTime() - started) / 1e9;
        timings.forEach(tally.millis::addAll);
    }

    /** Opening people loaded, and searching for family names of people in the generated council, in turn. */
    private static List<String> paths(List<UUID> ids, int people, LocalDate today) {
        List<PersonDetails> sample = SyntheticPeople.generate(0, Math.min(people, 5000), SEED, today).people();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            paths.add("/api/v1/people/" + ids.get((int) ((i * 104729L) % ids.size())));
            paths.add("/api/v1/people?q=" + URLEncoder.encode(sample.get((i * 37) % sample.size()).familyName(), StandardCharsets.UTF_8));
        }
        return paths;
    }

    /** A service account with the practitioner role and a token for it, made through the API as an administrator would. */
    static String token(String base, LocalDate today) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String admin = "Basic " + Base64.getEncoder().encodeToString(("administrator:" + BenchCouncil.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String account = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/service-accounts")).header("Authorization", admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Bench integration\",\"roles\":[\"PRACTITIONER\"],\"teamIds\":[]}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = ID.matcher(account);
        if (!id.find()) {
            throw new IllegalStateException("No service account: " + account);
        }
        String issued = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/service-accounts/" + id.group(1) + "/tokens"))
                .header("Authorization", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"expiresOn\":\"" + today.plusDays(30) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(issued);
        if (!token.find()) {
            throw new IllegalStateException("No token: " + issued);
        }
        return token.group(1);
    }
}
