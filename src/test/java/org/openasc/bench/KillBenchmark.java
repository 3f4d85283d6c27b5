package org.openasc.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * No lost writes: starts OpenASC as its own process on a PostgreSQL kept by this program, sends 1,000 writes of
 * three kinds (a new person; a contact that opens a request for support, two records in one transaction; a
 * safeguarding concern) from 16 clients at once, kills the application with SIGKILL once about 400 have been
 * acknowledged, starts it again on the same database, and checks that every acknowledged write is there as it was
 * answered, and that nothing is half-written (a contact without its request, a record without its audit row).
 * Writes that were in flight at the kill may or may not have been kept; either is correct, half is not.
 * Run with {@code bench/kill [writes] [killAfter]}.
 */
public final class KillBenchmark {

    private static final String ADMIN_PASSWORD = "stoat harbour lantern 42";
    private static final String PASSWORD = "otter meadow compass 17";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TEAM_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    record Write(String kind, String id, String marker) {
    }

    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int killAfter = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        String run = "Kill" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        Path data = Files.createTempDirectory("openasc-kill-pg-");
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start()) {
            int port = freePort();
            String base = "http://localhost:" + port;
            String jdbcUrl = database.getJdbcUrl("postgres", "postgres");

            long started = System.nanoTime();
            Process app = start(jdbcUrl, port);
            awaitHealthy(base, app);
            System.out.printf("OpenASC started as its own process (pid %d) in %.1f s%n", app.pid(), seconds(started));

            String admin = basic("admin", ADMIN_PASSWORD);
            String team = matchOrFail(TEAM_ID, post(base, admin, "/api/v1/teams", "{\"name\":\"" + run + " team\",\"description\":\"kill bench\"}"));
            post(base, admin, "/api/v1/users", "{\"username\":\"killbench\",\"displayName\":\"Kill Bench\",\"password\":\"" + PASSWORD
                    + "\",\"roles\":[\"PRACTITIONER\"],\"teamIds\":[" + team + "]}");
            String practitioner = basic("killbench", PASSWORD);
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                people.add(matchOrFail(ID, post(base, practitioner, "/api/v1/people", person(run + "Seed", i))));
            }

            ConcurrentLinkedQueue<Write> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger failedAfterKill = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            long writing = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                int n = i;
                clients.submit(() -> {
                    if (!app.isAlive()) {
                        return;
                    }
                    sent.incrementAndGet();
                    Write write = write(base, practitioner, run, n, people.get(n % people.size()));
                    if (write == null) {
                        (app.isAlive() ? refused : failedAfterKill).incrementAndGet();
                    } else {
                        acknowledged.add(write);
                        if (acknowledged.size() == killAfter) {
                            app.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful anything
                        }
                    }
                });
            }
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.MINUTES);
            app.waitFor();
            int acked = acknowledged.size();
            System.out.printf("Sent %,d writes from 16 clients in %.1f s; %,d acknowledged, then SIGKILL (exit %d); %,d answered with no acknowledgement "
                    + "(in flight or refused by the dead process), %,d refused while alive%n", sent.get(), seconds(writing), acked, app.exitValue(),
                    failedAfterKill.get(), refused.get());

            long restarting = System.nanoTime();
            Process again = start(jdbcUrl, port);
            try {
                awaitHealthy(base, again);
                System.out.printf("Started again on the same database in %.1f s%n", seconds(restarting));
                int missing = 0;
                for (Write write : acknowledged) {
                    HttpResponse<String> read = get(base, practitioner, path(write));
                    if (read.statusCode() != 200 || !read.body().contains(write.marker())) {
                        missing++;
                        System.out.printf("  MISSING %s %s -> %d%n", write.kind(), write.id(), read.statusCode());
                    }
                }
                System.out.printf("Acknowledged writes found after the restart: %,d of %,d (missing %d)%n", acked - missing, acked, missing);
                halfWritten(jdbcUrl, run, acked);
                if (missing > 0) {
                    System.exit(1);
                }
            } finally {
                again.destroy();
                again.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Counts what the database holds from this run, and anything half-written, straight from the tables. */
    private static void halfWritten(String jdbcUrl, String run, int acked) throws Exception {
        String like = run + "Write%";
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            long kept = count(s, "select (select count(*) from people.person where family_name like '" + like + "')"
                    + " + (select count(*) from frontdoor.contact where reason like '" + like + "')"
                    + " + (select count(*) from safeguarding.concern where what_happened like '" + like + "')");
            long contactsWithoutRequest = count(s, "select count(*) from frontdoor.contact c where c.reason like '" + like + "' and (c.request_id is null"
                    + " or not exists (select 1 from frontdoor.support_request r where r.id = c.request_id and r.contact_id = c.id)"
                    + " or not exists (select 1 from frontdoor.request_stage st where st.request_id = c.request_id))");
            long withoutAudit = count(s, "select count(*) from ("
                    + " select id::text, 'person' as subject from people.person where family_name like '" + like + "'"
                    + " union all select id::text, 'contact' from frontdoor.contact where reason like '" + like + "'"
                    + " union all select id::text, 'safeguarding-concern' from safeguarding.concern where what_happened like '" + like + "') w"
                    + " where not exists (select 1 from platform.audit_event a where a.subject_type = w.subject and a.subject_id = w.id and a.action = 'CREATED')");
            System.out.printf("Records of the run in the database: %,d (acknowledged %,d; the %,d more were committed as the process died, before their answer left)%n",
                    kept, acked, kept - acked);
            System.out.printf("Half-written: contacts without their request or its stage %d, records without their audit row %d%n",
                    contactsWithoutRequest, withoutAudit);
            if (kept < acked || contactsWithoutRequest > 0 || withoutAudit > 0) {
                System.out.println("FAILED: a write was lost or half-written");
                System.exit(1);
            }
            System.out.println("PASSED: every acknowledged write is there and nothing is half-written");
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Write write(String base, String auth, String run, int n, String personId) {
        String marker = run + "Write" + n;
        try {
            HttpResponse<String> answer = switch (n % 3) {
                case 0 -> send(base, auth, "POST", "/api/v1/people", person(run + "Write", n));
                case 1 -> send(base, auth, "POST", "/api/v1/contacts", "{\"receivedAt\":\"2026-11-02T09:30:00\",\"channel\":\"Phone\","
                        + "\"source\":\"Family member, friend or neighbour\",\"contactName\":\"Son\",\"personId\":\"" + personId + "\","
                        + "\"reason\":\"" + marker + " struggling since a fall\",\"outcome\":\"Request for support\",\"clientType\":\"Service user\","
                        + "\"routeOfAccess\":\"Community/Other route\"}");
                default -> send(base, auth, "POST", "/api/v1/safeguarding/concerns", "{\"personId\":\"" + personId + "\",\"receivedAt\":\"2026-11-02T10:00:00\","
                        + "\"source\":\"Care provider\",\"location\":\"Home\",\"whatHappened\":\"" + marker + " bruising seen\",\"immediateRisk\":\"None known\","
                        + "\"actionTaken\":\"GP told\"}");
            };
            if (answer.statusCode() != 201) {
                return null;
            }
            Matcher id = ID.matcher(answer.body());
            return id.find() ? new Write(switch (n % 3) { case 0 -> "person"; case 1 -> "contact"; default -> "concern"; }, id.group(1), marker) : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String path(Write write) {
        return switch (write.kind()) {
            case "person" -> "/api/v1/people/" + write.id();
            case "contact" -> "/api/v1/contacts/" + write.id();
            default -> "/api/v1/safeguarding/concerns/" + write.id();
        };
    }

    private static String person(String familyStem, int n) {
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(n * 37L % 20_000);
        return "{\"givenName\":\"Ada\",\"familyName\":\"" + familyStem + n + "\",\"dateOfBirth\":\"" + born + "\"}";
    }

    private static Process start(String jdbcUrl, int port) throws Exception {
        String classpath = System.getProperty("java.class.path");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", classpath, "org.openasc.OpenAscApplication",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres", "--server.port=" + port,
                "--openasc.demo.enabled=false", "--openasc.performance.keep-month-ends=false", "--logging.level.root=WARN", "--logging.level.org.openasc=WARN");
        builder.environment().put("OPENASC_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(new File(System.getProperty("java.io.tmpdir"), "openasc-kill-app.log"));
        return builder.start();
    }

    private static void awaitHealthy(String base, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("OpenASC stopped while starting: see " + System.getProperty("java.io.tmpdir") + "/openasc-kill-app.log");
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("OpenASC did not answer its health check within 120 s");
    }

    private static String post(String base, String auth, String path, String json) throws Exception {
        HttpResponse<String> answer = send(base, auth, "POST", path, json);
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static HttpResponse<String> get(String base, String auth, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String base, String auth, String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth).header("Content-Type", "application/json")
                .header("Accept", "application/json").timeout(java.time.Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String matchOrFail(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + body);
        }
        return m.group(1);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private KillBenchmark() {
    }
}
