package org.openasc.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.openasc.demo.DemoCouncil;
import org.openasc.demo.SyntheticFrontDoor;
import org.openasc.demo.SyntheticSupport;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.providers.ProviderRegister;
import org.openasc.returns.ActivityTables;
import org.openasc.returns.ClientLevelData;
import org.openasc.returns.domain.ActivityData;
import org.openasc.returns.domain.CldFields;
import org.openasc.returns.domain.CldQuery;
import org.openasc.returns.domain.LtsCarers;
import org.openasc.returns.domain.StsTables;

/**
 * The Client Level Data return at county scale: 100,000 people, long-term support for 52,000 over 5 years with
 * reviews, direct payments and discharges, and three years of front door (60,000 requests a year, with their
 * assessments), in a throwaway embedded PostgreSQL. Times over HTTP, as the performance analyst, the CLD file for the
 * last quarter to have ended, its validation, and SALT's ten activity tables for the last financial year to have ended
 * (all together and each on its own); then recomputes the tables with DuckDB from the exported file (the 24 months
 * the tables read) and compares the totals and cells; then brings in files made of the exported 12 months (people moved
 * to unused IDs and NHS numbers, repeated): 25,000 and 50,000 rows, from which the time for {@code importRows} (500,000)
 * is projected; that file if the projection fits the budget ({@code -Dcld.importBudgetSeconds}, 360), else the largest that
 * does; then the same file again, which should create nothing.
 * Run with {@code bench/cld [people] [longTermPeople] [importRows]}.
 */
public final class CldBenchmark {

    private static final long SEED = 20261203L;
    /** Requests answered faster than this (seconds) are timed as the median of 5 runs after one cold run; slower ones 3 runs in all. */
    private static final double FAST = 5.0;
    /** The longest the 500,000-row import may be projected to take (seconds) before a smaller file is brought in instead. */
    private static final double IMPORT_BUDGET = Double.parseDouble(System.getProperty("cld.importBudgetSeconds", "360"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CldBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int longTerm = args.length > 1 ? Integer.parseInt(args[1]) : 52_000;
        int importRows = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
        int requestsPerYear = Math.max(people * 3 / 5, 1);
        long wholeRun = System.nanoTime();
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            BenchCouncil.Teams teams = BenchCouncil.staff(context.getBean(StaffDirectory.class));
            BenchCouncil.market(context.getBean(ProviderRegister.class));
            DemoCouncil council = context.getBean(DemoCouncil.class);
            long started = System.nanoTime();
            List<UUID> ids = council.load(people, SEED);
            System.out.printf("Loaded %,d people in %.1f s%n", ids.size(), seconds(started));
            started = System.nanoTime();
            SyntheticSupport.Activity support = council.supportActivity(longTerm, 12_000, 3, SEED);
            System.out.printf("Generated and loaded %,d services, %,d reviews, %,d discharges and %,d direct payments in %.1f s%n",
                    support.services().size(), support.reviews().size(), support.discharges().size(), support.directPayments().size(), seconds(started));
            started = System.nanoTime();
            // After care and support, so requests from people already in long-term support are from existing clients.
            SyntheticFrontDoor.Activity frontDoor = council.frontDoorActivity(ids, requestsPerYear, 3, SEED);
            System.out.printf("Generated and loaded %,d contacts, %,d requests and %,d assessments (3 years at %,d requests a year) in %.1f s%n",
                    frontDoor.contacts().size(), frontDoor.requests().size(), frontDoor.assessments().size(), requestsPerYear, seconds(started));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("analyze").update();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            long open = jdbc.sql("""
                    select count(distinct person_id) from support.service where long_term and start_date <= :d and (end_date is null or end_date >= :d)""")
                    .param("d", today).query(Long.class).single();
            long everLongTerm = jdbc.sql("select count(distinct person_id) from support.service where long_term").query(Long.class).single();
            long terms = jdbc.sql("select count(*) from support.service_terms").query(Long.class).single();
            long caring = jdbc.sql("select count(*) from people.caring_facts").query(Long.class).single();
            System.out.printf("People with long-term support at some time: %,d, today: %,d; service terms: %,d; caring links: %,d%n",
                    everLongTerm, open, terms, caring);

            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession performance = BenchSession.signIn(base, "performance", BenchCouncil.PASSWORD);
            LocalDate quarterEnd = context.getBean(ClientLevelData.class).lastQuarterEnd();
            int year = context.getBean(ActivityTables.class).lastEndedYear();

            // 1. The CLD file and its validation over HTTP.
            System.out.println();
            System.out.printf("Client Level Data for the 12 months to %s, over HTTP as the performance analyst%n", quarterEnd);
            System.out.printf("%-48s %9s %10s %9s %4s %12s%n", "request", "rows", "first s", "median s", "n", "rows/s");
            Timing file = time(() -> csv(performance, "/api/v1/returns/cld?quarterEnd=" + quarterEnd), 3);
            String cld12 = file.body();
            int fileRows = lines(cld12) - 1;
            file.print("GET /api/v1/returns/cld (the file, CSV)", fileRows);
            System.out.printf("%-48s %.1f MB%n", "  file size", cld12.length() / 1e6);
            Timing validation = time(() -> performance.get("/api/v1/returns/cld/validation?quarterEnd=" + quarterEnd), 3);
            JsonNode report = JSON.readTree(validation.body());
            validation.print("GET /api/v1/returns/cld/validation", report.get("rows").asInt());
            System.out.println("  rows by event type: " + fields(report.get("byEventType")));
            System.out.println("  failures by rule:   " + (report.get("byRule").isEmpty() ? "none" : fields(report.get("byRule"))));
            Map<String, Long> byField = new TreeMap<>();
            report.get("failures").forEach(f -> byField.merge(f.get("rule").asString() + ": " + f.get("field").asString(), 1L, Long::sum));
            byField.forEach((k, n) -> System.out.printf("    %-60s %,9d%n", k, n));

            // 2. SALT's activity tables for the last ended financial year, all together and each on its own.
            System.out.println();
            System.out.printf("SALT activity tables for %d-%02d (events read from 1 April %d to 31 March %d), over HTTP%n", year, (year + 1) % 100,
                    year - 1, year + 1);
            System.out.printf("%-48s %9s %10s %9s %4s%n", "request", "", "first s", "median s", "n");
            Timing all = time(() -> performance.get("/api/v1/returns/activity?financialYear=" + year), 3);
            all.print("GET /api/v1/returns/activity (all ten)", -1);
            int perTableRuns = all.median() < FAST ? 3 : 1;
            Map<String, Timing> perTable = new LinkedHashMap<>();
            for (String ref : ActivityTables.TABLES) {
                Timing t = time(() -> performance.get("/api/v1/returns/activity/" + ref + "?financialYear=" + year), perTableRuns);
                t.print("GET /api/v1/returns/activity/" + ref, -1);
                perTable.put(ref, t);
            }

            // 3. The same tables computed by DuckDB from the exported file.
            System.out.println();
            duckDb(context, year, perTable);

            // 4. Bringing a file in.
            System.out.println();
            bringIn(performance, cld12, report, teams.north(), importRows);
            System.out.println();
            System.out.printf("Whole run: %.1f min%n", seconds(wholeRun) / 60);
        } finally {
            context.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // DuckDB

    private static void duckDb(ConfigurableApplicationContext context, int year, Map<String, Timing> openAsc) throws Exception {
        LocalDate from = LocalDate.of(year, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        // The exact window ActivityTables reads: from 1 April of the year before to the year's end.
        long started = System.nanoTime();
        List<CldQuery.Event> events = context.getBean(CldQuery.class).events(from.minusYears(1), to);
        double querySeconds = seconds(started);
        String csv = ClientLevelData.csv(new ClientLevelData.CldFile(to, from.minusYears(1), to, events));
        Path path = Files.createTempFile("cld-" + (year - 1) + "-" + (year + 1) + "-", ".csv");
        path.toFile().deleteOnExit();
        Files.writeString(path, csv);
        System.out.printf("Exported the 24 months the tables read (%s to %s): %,d rows, %.1f MB, CldQuery %.1f s; written to %s%n",
                from.minusYears(1), to, events.size(), csv.length() / 1e6, querySeconds, path);
        events = null;
        csv = null;
        explain(context, from.minusYears(1), to);
        Set<String> settled = context.getBean(CodeLists.class).list("accommodation-status")
                .map(l -> l.values().stream().filter(v -> Boolean.TRUE.equals(v.settled())).map(CodeLists.CodeValue::value).collect(Collectors.toSet()))
                .orElse(Set.of());

        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("set threads = 2");
            DuckSql sql = new DuckSql(from, to, settled);
            started = System.nanoTime();
            for (String statement : sql.setup(path)) {
                s.execute(statement);
            }
            double load = seconds(started);
            long rows;
            try (ResultSet rs = s.executeQuery("select count(*) from ev")) {
                rs.next();
                rows = rs.getLong(1);
            }
            System.out.printf("DuckDB %s: read_csv into a typed table of %,d rows in %.2f s (2 threads)%n", duckVersion(s), rows, load);
            System.out.println();
            System.out.println("Each table: OpenASC over HTTP (per-table endpoint, median) against DuckDB SQL over the loaded file (median of 3)");
            System.out.printf("%-8s %10s %10s %8s %14s %14s %7s %11s%n", "table", "OpenASC s", "DuckDB s", "ratio", "OpenASC total", "DuckDB total", "totals",
                    "cells equal");
            double duckAll = 0;
            double openAscAll = 0;
            List<String> differences = new ArrayList<>();
            for (String ref : ActivityTables.TABLES) {
                String query = sql.table(ref);
                Map<String, Long> duckCells = null;
                double[] timings = new double[3];
                for (int i = 0; i < timings.length; i++) {
                    long t = System.nanoTime();
                    duckCells = cells(s, query);
                    timings[i] = seconds(t);
                }
                Arrays.sort(timings);
                double duckSeconds = timings[1];
                duckAll += duckSeconds;
                Timing o = openAsc.get(ref);
                openAscAll += o.median();
                Map<String, Long> openCells = cells(JSON.readTree(o.body()));
                long openTotal = openCells.values().stream().mapToLong(Long::longValue).sum();
                long duckTotal = duckCells.values().stream().mapToLong(Long::longValue).sum();
                Set<String> keys = new HashSet<>(openCells.keySet());
                keys.addAll(duckCells.keySet());
                int equal = 0;
                for (String k : new TreeSet<>(keys)) {
                    long a = openCells.getOrDefault(k, 0L);
                    long b = duckCells.getOrDefault(k, 0L);
                    if (a == b) {
                        equal++;
                    } else if (differences.size() < 40) {
                        differences.add(String.format("  %s [%s]: OpenASC %,d, DuckDB %,d", ref.toUpperCase(Locale.ROOT), k.replace('\u0000', '|'), a, b));
                    }
                }
                System.out.printf("%-8s %10.2f %10.3f %7.0fx %,14d %,14d %7s %5d/%-5d%n", ref.toUpperCase(Locale.ROOT), o.median(), duckSeconds,
                        o.median() / duckSeconds, openTotal, duckTotal, openTotal == duckTotal ? "MATCH" : "DIFFER", equal, keys.size());
            }
            System.out.printf("%-8s %10.2f %10.3f %7.0fx   (sum of the ten per-table requests; DuckDB load %.2f s not included)%n", "all", openAscAll, duckAll,
                    openAscAll / duckAll, load);
            if (!differences.isEmpty()) {
                System.out.println("Cells that differ (row|column):");
                differences.forEach(System.out::println);
            }
        }
    }

    /** The plan of the query behind the file for the window, with what each step took, written to a file for reading; its total printed. */
    private static void explain(ConfigurableApplicationContext context, LocalDate from, LocalDate to) throws Exception {
        java.lang.reflect.Field field = CldQuery.class.getDeclaredField("SQL");
        field.setAccessible(true);
        List<String> plan = context.getBean(JdbcClient.class).sql("explain (analyze, buffers) " + field.get(null)).param("from", from).param("to", to)
                .query(String.class).list();
        Path path = Files.createTempFile("cld-explain-", ".txt");
        Files.write(path, plan);
        System.out.printf("EXPLAIN ANALYZE of CldQuery for the same window: %s; plan written to %s%n",
                plan.stream().filter(l -> l.startsWith("Execution Time")).findFirst().orElse("?"), path);
    }

    private static String duckVersion(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A DuckDB table query's cells: (row, col, n) rows keyed by row and column. */
    private static Map<String, Long> cells(Statement s, String query) throws Exception {
        Map<String, Long> cells = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                cells.merge(rs.getString(1) + '\u0000' + rs.getString(2), rs.getLong(3), Long::sum);
            }
        }
        return cells;
    }

    /** An OpenASC table's cells (the Total column left out), zeros left out. */
    private static Map<String, Long> cells(JsonNode table) {
        List<String> columns = new ArrayList<>();
        table.get("columns").forEach(c -> columns.add(c.asString()));
        Map<String, Long> cells = new LinkedHashMap<>();
        for (JsonNode row : table.get("rows")) {
            for (int i = 0; i < columns.size(); i++) {
                long n = row.get("values").get(i).asLong();
                if (!"Total".equals(columns.get(i)) && n != 0) {
                    cells.put(row.get("label").asString() + '\u0000' + columns.get(i), n);
                }
            }
        }
        return cells;
    }

    /**
     * The ten tables in DuckDB SQL, following the rules of StsTables, LtsTables and LtsCarers over the rows of the file
     * (read as text, dates parsed dd/mm/yyyy). Each query answers (row, column, count).
     */
    static final class DuckSql {

        private final LocalDate from;
        private final LocalDate to;
        private final Set<String> settled;

        DuckSql(LocalDate from, LocalDate to, Set<String> settled) {
            this.from = from;
            this.to = to;
            this.settled = settled;
        }

        private String fill(String sql) {
            return sql.replace("$FROM", date(from)).replace("$TO_1Y", date(to.minusYears(1))).replace("$TO", date(to))
                    .replace("$SETTINGS", list(ActivityData.SETTINGS)).replace("$SETTLED", settled.isEmpty() ? "[]::varchar[]" : list(settled))
                    .replace("$CARER_ROWS", list(LtsCarers.ROWS)).replace("$STS001_ROWS", list(StsTables.STS001_ROWS))
                    .replace("$STS002_ROWS", list(StsTables.STS002_ROWS));
        }

        private static String date(LocalDate d) {
            return "date '" + d + "'";
        }

        private static String literal(String s) {
            return "'" + s.replace("'", "''") + "'";
        }

        private static String list(java.util.Collection<String> values) {
            return values.stream().map(DuckSql::literal).collect(Collectors.joining(", ", "[", "]"));
        }

        List<String> setup(Path csv) {
            List<String> statements = new ArrayList<>(List.of(
                    "create or replace macro nv(x) as case when trim(x) = '' then null else x end",
                    "create or replace macro d(x) as cast(try_strptime(nv(x), '%d/%m/%Y') as date)",
                    // Whole years, as java.time.Period counts them.
                    """
                    create or replace macro age_on(b, on_day) as case when b is null or on_day is null then null
                      else year(on_day) - year(b) - case when month(on_day) < month(b) or (month(on_day) = month(b) and dayofmonth(on_day) < dayofmonth(b))
                                                         then 1 else 0 end end""",
                    "create or replace macro age_band(a) as case when a is null or a < 18 then null when a < 65 then '18-64' else '65+' end",
                    """
                    create or replace macro carer_band(a) as case when a is null then 'Unknown' when a < 18 then 'Carer aged under 18'
                      when a <= 25 then '18-25' when a <= 64 then '26-64' when a <= 84 then '65-84' else '85+' end""",
                    "create or replace macro mech(component, mechanism) as case when lower(component) = 'direct payment' then 'Direct payment' else mechanism end",
                    // The position in ActivityData.SETTINGS (0-based).
                    """
                    create or replace macro setting_rank(service_type, m) as case service_type
                      when 'Long term support: Nursing care' then 0 when 'Long term support: Residential care' then 1
                      when 'Long term support: Community' then case m when 'Direct payment' then 2 when 'CASSR managed personal budget' then 3
                                                                      when 'CASSR commissioned support' then 4 else 5 end
                      else case m when 'CASSR managed personal budget' then 6 when 'CASSR commissioned support' then 7 else 8 end end""",
                    """
                    create or replace macro reason_group(r) as case
                      when starts_with(lower(coalesce(r, '')), 'physical support') then 'Physical Support'
                      when starts_with(lower(coalesce(r, '')), 'sensory support') then 'Sensory Support'
                      when starts_with(lower(coalesce(r, '')), 'support with memory') then 'Support with Memory and Cognition'
                      when starts_with(lower(coalesce(r, '')), 'learning disability') then 'Learning Disability Support'
                      when starts_with(lower(coalesce(r, '')), 'mental health') then 'Mental Health Support'
                      when starts_with(lower(coalesce(r, '')), 'social support') then 'Social Support'
                      else 'Unknown' end""",
                    """
                    create or replace macro review_group(r) as case when r is null then 'Review Type Unknown'
                      when starts_with(r, 'Planned') then 'Planned review of long term support' when starts_with(r, 'Unplanned') then 'Unplanned'
                      when lower(r) = 'review of short term support' then 'Review of short term support' else 'Review Type Unknown' end""",
                    """
                    create or replace macro route_label(r) as case when r is null then 'Route not recorded'
                      when lower(trim(r)) = 'planned entry (transition)' then 'Planned Entry (Transition)'
                      when lower(trim(r)) = 'discharge from hospital' then 'Discharge from Hospital'
                      when lower(trim(r)) = 'diversion from hospital services' then 'Diversion from Hospital Services'
                      when lower(trim(r)) = 'self-funder with depleted funds' then 'Self-funder with depleted funds'
                      when lower(trim(r)) = 'community/other route' then 'Community/Other route'
                      when lower(trim(r)) = 'prison' then 'Prison' else r end""",
                    """
                    create or replace macro nfa_label(n, one) as case when n = 0 then null when n = 1 then one else 'NFA: Other' end""",
                    // The file's rows, each person's ordered as ActivityData orders them (by start, blanks first, then as the file has them).
                    """
                    create table ev as
                    with t as (
                      select nv("LA Person Unique Identifier") as pid, d("Date of Birth") as dob, d("Date of Death") as dod,
                             nv("Client Type") as client_type, nv("Primary Support Reason") as reason, nv("Accommodation Status") as accommodation,
                             nv("Employment Status") as employment, nv("Event Type") as event_type, nv("Event Reference") as event_ref,
                             d("Event Start Date") as st, d("Event End Date") as en, nv("Event Outcome") as outcome,
                             nv("Request: Route of Access") as route, nv("Service Type") as service_type, nv("Service Component") as component,
                             nv("Delivery Mechanism") as mechanism, nv("Review Reason") as review_reason,
                             nv("Adult 1 Linked Person_ID") as a1, nv("Adult 2 Linked Person_ID") as a2, nv("Adult 3 Linked Person_ID") as a3
                      from read_csv('$CSV', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"'))
                    select *,
                           row_number() over (partition by pid order by st asc nulls first, event_type asc nulls last, event_ref asc nulls last) as seq,
                           coalesce(client_type = 'Service user', false) as su,
                           coalesce(event_type = 'Service', false) as svc,
                           coalesce(client_type = 'Service user' and event_type = 'Service' and starts_with(service_type, 'Long term support:'), false) as lt,
                           case when event_type = 'Service' then coalesce(st <= $TO and (en is null or en >= $FROM), false)
                                else coalesce(en between $FROM and $TO, false) end as in_year
                    from t""".replace("$CSV", csv.toString().replace("'", "''")),
                    // LTS001: each person's long-term services, in the year and open at its end.
                    """
                    create view lt_person as
                    select pid, any_value(dob) as dob, any_value(dod) as dod, any_value(reason) as reason,
                           bool_or(in_year) as any_during, bool_or(in_year and (en is null or en > $TO)) as during_beyond,
                           max(en) filter (where in_year) as during_end, min(srank) filter (where in_year) as during_rank,
                           bool_or(open_at_end) as any_open, min(srank) filter (where open_at_end) as open_rank
                    from (select *, setting_rank(service_type, mech(component, mechanism)) as srank,
                                 coalesce(st <= $TO and (en is null or en >= $TO), false) as open_at_end
                          from ev where lt)
                    group by pid""",
                    """
                    create view lts_a as
                    select pid, band, band || ': ' || $SETTINGS[during_rank + 1] as row, reason_group(reason) as col
                    from (select *, age_band(age_on(dob, case when during_beyond then $TO else during_end end)) as band
                          from lt_person where not coalesce(dod < $FROM, false) and any_during)
                    where band is not null""",
                    """
                    create view lts_b as
                    select pid, band, band || ': ' || $SETTINGS[open_rank + 1] as row, reason_group(reason) as col
                    from (select *, age_band(age_on(dob, $TO)) as band from lt_person
                          where not coalesce(dod < $FROM, false) and any_open and not coalesce(dod < $TO, false))
                    where band is not null""",
                    // Runs of long-term services a day apart at most (an open one leaves the run open), as ActivityData.runs.
                    """
                    create view lts_longer as
                    with r1 as (
                      select pid, seq, st, coalesce(st <= $TO and (en is null or en >= $TO), false) as open_at_end,
                             max(case when en is null then date '9999-12-31' else greatest(st, en) end)
                               over (partition by pid order by seq rows between unbounded preceding and 1 preceding) as prev_end
                      from ev where lt and st is not null),
                    r2 as (select *, sum(case when prev_end is null or st > prev_end + 1 then 1 else 0 end)
                                       over (partition by pid order by seq rows between unbounded preceding and current row) as run from r1),
                    r3 as (select pid, run, min(st) as run_start, bool_or(open_at_end) as has_open from r2 group by pid, run)
                    select distinct pid from r3 where has_open and run_start < $TO_1Y""",
                    "create view lts_c as select * from lts_b where pid in (select pid from lts_longer)"));
            return statements.stream().map(this::fill).toList();
        }

        String table(String ref) {
            return fill(switch (ref) {
                case "lts001a" -> "select row, col, count(*) from lts_a group by all";
                case "lts001b" -> "select row, col, count(*) from lts_b group by all";
                case "lts001c" -> "select row, col, count(*) from lts_c group by all";
                case "lts002a" -> reviews("lts_a");
                case "lts002b" -> reviews("lts_c");
                case "lts003" -> LTS003;
                case "lts004" -> LTS004;
                case "sts001" -> STS001;
                case "sts002a" -> STS002 + " where not existing group by all";
                case "sts002b" -> STS002 + " where existing group by all";
                default -> throw new IllegalArgumentException(ref);
            });
        }

        private static String reviews(String clients) {
            return """
                    select coalesce(outcome, 'Outcome not recorded') as row, review_group(review_reason) as col, count(*)
                    from ev where event_type = 'Review' and su and en between $FROM and $TO and pid in (select pid from %s) group by all"""
                    .formatted(clients);
        }

        private static final String LTS004 = """
                with s as (
                  select e.employment, e.accommodation,
                         row_number() over (partition by e.pid order by case when e.en is null or e.en > $TO then $TO else e.en end desc, e.st desc,
                                            coalesce(e.employment is not null and e.employment <> 'Unknown', false) desc) as k
                  from ev e join lts_a a on a.pid = e.pid
                  where e.lt and e.in_year and e.service_type <> 'Long term support: Prison' and a.band = '18-64'
                    and lower(e.reason) = 'learning disability support')
                select case when starts_with(coalesce(employment, ''), 'Paid') then 'In paid employment'
                            when starts_with(coalesce(employment, ''), 'Not in paid employment') then 'Not in paid employment'
                            else 'Employment status unknown' end as row,
                       case when coalesce(list_contains($SETTLED, accommodation), false) then 'Settled accommodation' else 'Not settled accommodation' end as col,
                       count(*)
                from s where k = 1 group by all""";

        private static final String LTS003 = """
                with served as (select distinct pid from ev where su and in_year),
                c as (
                  select e.*, coalesce(e.a1 in (select pid from served), false) or coalesce(e.a2 in (select pid from served), false)
                              or coalesce(e.a3 in (select pid from served), false) as cares_served
                  from ev e where starts_with(e.client_type, 'Unpaid carer')),
                r as (
                  select pid, dob, dod, cares_served, case
                           when client_type = 'Unpaid carer known by association' then case when cares_served then 5 end
                           when not in_year then null
                           when svc then case when coalesce(service_type, '') <> 'Unpaid carer support: Direct to unpaid carer' then 5
                                              else case mech(component, mechanism) when 'Direct payment' then 0 when 'CASSR managed personal budget' then 1
                                                                                   when 'CASSR commissioned support' then 2 else 3 end end
                           when outcome = 'NFA: Information and advice or signposting' then 4
                           when event_type = 'Request' then null
                           else 5 end as rank
                  from c),
                p as (select pid, any_value(dob) as dob, any_value(dod) as dod, min(rank) as rank, bool_or(cares_served) as cares_served from r group by pid)
                select $CARER_ROWS[coalesce(rank, 5) + 1] as row, carer_band(age_on(dob, $TO)) as col, count(*)
                from p where not coalesce(dod < $FROM, false) and (rank is not null or cares_served) group by all""";

        /** Requests 4 days apart at most are one (NHS England's clusters); each new client's cluster ending in the year, by what followed. */
        private static final String STS001 = """
                with req as (
                  select pid, seq, st, en, route, outcome,
                         max(greatest(st, en)) over (partition by pid order by seq rows between unbounded preceding and 1 preceding) as prev_end
                  from ev where su and event_type = 'Request' and en is not null and st is not null),
                req2 as (select *, sum(case when prev_end is null or st > prev_end + 4 then 1 else 0 end)
                                     over (partition by pid order by seq rows between unbounded preceding and current row) as cl from req),
                clusters as (
                  select pid, cl, min(st) as a_start, max(en) as a_end, first(route order by seq) as route,
                         first(outcome order by en desc, st desc, seq) as last_outcome
                  from req2 group by pid, cl),
                counted as (
                  select c.*, age_band(age_on(p.dob, c.a_start)) as band
                  from clusters c join (select pid, any_value(dob) as dob from ev group by pid) p on p.pid = c.pid
                  where c.a_end between $FROM and $TO
                    and not exists (select 1 from ev l where l.pid = c.pid and l.lt and l.st < c.a_start and (l.en is null or l.en >= c.a_start))
                    and age_band(age_on(p.dob, c.a_start)) is not null),
                cand as (
                  select c.pid, c.cl, c.a_end, e.seq, e.st, e.en, e.event_type, e.service_type, e.outcome,
                         max(e.en) over (partition by c.pid, c.cl order by e.seq rows between unbounded preceding and 1 preceding) as prev_en
                  from counted c join ev e on e.pid = c.pid and e.su and e.st is not null and e.st >= c.a_start
                  left join req2 r on r.pid = e.pid and r.seq = e.seq
                  where r.cl is distinct from c.cl),
                marked as (
                  select *, bool_or(st > greatest(a_end + 28, greatest(a_end, coalesce(prev_en, a_end)) + 3) or (st > a_end and event_type = 'Request'))
                              over (partition by pid, cl order by seq rows between unbounded preceding and current row) as broken
                  from cand),
                chain as (
                  select pid, cl,
                         min(case when event_type = 'Service' then case service_type when 'Short term support: ST-Max' then 0
                             when 'Long term support: Nursing care' then 1 when 'Long term support: Residential care' then 2
                             when 'Long term support: Community' then 3 when 'Long term support: Prison' then 4
                             when 'Short term support: Ongoing low level' then 5 when 'Short term support: Other short term' then 6 end end) as service_rank,
                         count(distinct outcome) filter (where coalesce(event_type, '') <> 'Service' and starts_with(outcome, 'NFA:')) as nfa_n,
                         min(outcome) filter (where coalesce(event_type, '') <> 'Service' and starts_with(outcome, 'NFA:')) as nfa_one
                  from marked where not broken group by pid, cl),
                sequel as (
                  select c.band, c.route, ch.service_rank, coalesce(nfa_label(coalesce(ch.nfa_n, 0), ch.nfa_one), c.last_outcome) as outcome
                  from counted c left join chain ch on ch.pid = c.pid and ch.cl = c.cl)
                select case when service_rank is not null then $STS001_ROWS[service_rank + 1]
                            when outcome is null then 'Unable to classify'
                            when outcome = 'NFA: Referral to NHS services or NHS funded social care' then '100% NHS Funded Care'
                            when outcome = 'NFA: Information and advice or signposting' then 'Universal Services/ Signposted to other services'
                            when outcome = 'NFA: Deceased' then 'No Services Provided - Deceased'
                            when starts_with(outcome, 'NFA:') then 'No Services Provided - other reason'
                            else 'Unable to classify' end as row,
                       band || ': ' || route_label(route) as col, count(*)
                from sequel group by all""";

        /** Episodes of ST-Max (rows a day apart at most are one) completed in the year, by what followed; existing clients apart. */
        private static final String STS002 = """
                with stm as (
                  select pid, seq, st, en, outcome,
                         max(case when en is null then date '9999-12-31' else greatest(st, en) end)
                           over (partition by pid order by seq rows between unbounded preceding and 1 preceding) as prev_end
                  from ev where su and svc and service_type = 'Short term support: ST-Max' and st is not null),
                stm2 as (select *, sum(case when prev_end is null or st > prev_end + 1 then 1 else 0 end)
                                     over (partition by pid order by seq rows between unbounded preceding and current row) as ep from stm),
                episodes as (
                  select pid, ep, min(st) as a_start, case when bool_or(en is null) then null else max(en) end as a_end,
                         first(outcome order by en desc, st desc, seq) as last_outcome
                  from stm2 group by pid, ep),
                counted as (
                  select e.*, age_band(age_on(p.dob, e.a_start)) as band, p.dod,
                         exists (select 1 from ev l where l.pid = e.pid and l.lt and l.st < e.a_start and (l.en is null or l.en >= e.a_start)) as existing
                  from episodes e join (select pid, any_value(dob) as dob, any_value(dod) as dod from ev group by pid) p on p.pid = e.pid
                  where e.a_end between $FROM and $TO and age_band(age_on(p.dob, e.a_start)) is not null),
                cand as (
                  select c.pid, c.ep, c.a_end, e.seq, e.st, e.en, e.event_type, e.service_type, e.outcome, e.svc,
                         max(e.en) over (partition by c.pid, c.ep order by e.seq rows between unbounded preceding and 1 preceding) as prev_en
                  from counted c join ev e on e.pid = c.pid and e.su and e.st is not null and e.st >= c.a_start
                  left join stm2 s on s.pid = e.pid and s.seq = e.seq
                  where s.ep is distinct from c.ep),
                marked as (
                  select *, bool_or(st > greatest(a_end, coalesce(prev_en, a_end)) + 3
                                    or (st > a_end and svc and service_type = 'Short term support: ST-Max'))
                              over (partition by pid, ep order by seq rows between unbounded preceding and current row) as broken
                  from cand),
                chain as (
                  select pid, ep,
                         min(case when event_type = 'Service' then case service_type when 'Long term support: Nursing care' then 0
                             when 'Long term support: Residential care' then 1 when 'Long term support: Community' then 2
                             when 'Long term support: Prison' then 3 when 'Short term support: Ongoing low level' then 4
                             when 'Short term support: Other short term' then 5 end end) as service_rank,
                         count(distinct outcome) filter (where coalesce(event_type, '') <> 'Service' and starts_with(outcome, 'NFA:')) as nfa_n,
                         min(outcome) filter (where coalesce(event_type, '') <> 'Service' and starts_with(outcome, 'NFA:')) as nfa_one
                  from marked where not broken group by pid, ep),
                sequel as (
                  select c.band, c.existing, c.dod, c.a_end, ch.service_rank,
                         coalesce(nfa_label(coalesce(ch.nfa_n, 0), ch.nfa_one), c.last_outcome) as outcome
                  from counted c left join chain ch on ch.pid = c.pid and ch.ep = c.ep)
                select case when dod is not null and dod <= a_end + 3 then $STS002_ROWS[1]
                            when service_rank is not null then case when service_rank < 4 then $STS002_ROWS[2] when service_rank = 4 then $STS002_ROWS[4]
                                                                    else $STS002_ROWS[5] end
                            when outcome is null then $STS002_ROWS[9]
                            when outcome in ('NFA: Deceased', 'NFA: Referral to NHS services or NHS funded social care') then $STS002_ROWS[1]
                            when outcome = 'NFA: Self-funded client or under 12wk disregard' then $STS002_ROWS[3]
                            when outcome = 'NFA: Support declined' then $STS002_ROWS[6]
                            when outcome = 'NFA: Information and advice or signposting' then $STS002_ROWS[7]
                            when outcome = 'Admitted to hospital' or starts_with(outcome, 'NFA:') then $STS002_ROWS[8]
                            else $STS002_ROWS[9] end as row,
                       band as col, count(*)
                from sequel""";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Import

    /**
     * Brings in copies of the exported 12-month file (less any row the return's rules refuse), each copy's people moved to
     * an unused range of council person IDs and NHS numbers so they are created; first two smaller files to project the
     * time of the full one, then the full file (or, if that would take too long, the largest that fits), then it again.
     */
    private static void bringIn(BenchSession performance, String exported, JsonNode validation, long teamId, int target) throws Exception {
        Set<Long> failing = new HashSet<>();
        validation.get("failures").forEach(f -> failing.add(f.get("row").asLong()));
        List<String[]> base = new ArrayList<>();
        long line = 1;
        long maxPerson = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(exported), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : parser) {
                line++;
                if (failing.contains(line)) {
                    continue;
                }
                String[] values = r.toList().toArray(String[]::new);
                base.add(values);
                maxPerson = Math.max(maxPerson, Long.parseLong(values[PERSON]));
            }
        }
        long offset = (long) Math.pow(10, String.valueOf(maxPerson).length());
        System.out.printf("Bringing in a Client Level Data file: POST /api/v1/imports/cld (text/csv) as the performance analyst%n");
        System.out.printf("Each copy is the exported 12-month file less its %,d refused rows (%,d rows), people moved to new council person IDs "
                + "(+ k x %,d) and NHS numbers%n", line - 1 - base.size(), base.size(), offset);
        System.out.printf("%-44s %9s %9s %11s  %s%n", "file", "rows", "seconds", "rows/s", "created / updated");
        int copy = 0;
        int second = Math.min(base.size(), Math.min(target, 50_000));
        int first = second / 2;
        double[] probe = new double[2];
        int[] probeRows = {first, second};
        String probeFile = null;
        for (int i = 0; i < 2; i++) {
            probeFile = file(base, ++copy, probeRows[i], offset);
            probe[i] = post(performance, "New people, " + String.format("%,d", probeRows[i]) + " rows", probeFile, probeRows[i], teamId);
        }
        // Projected as a * n + b * n^2 through the two points (the quadratic term is what grows with the file).
        double b = Math.max(0, (probe[1] / probeRows[1] - probe[0] / probeRows[0]) / (probeRows[1] - probeRows[0]));
        double a = probeRows[1] > probeRows[0] ? probe[1] / probeRows[1] - b * probeRows[1] : probe[1] / probeRows[1];
        if (a < 0) {
            // Worse than quadratic between the two (the rows fall out of the processor's caches): quadratic through the larger alone.
            a = 0;
            b = probe[1] / ((double) probeRows[1] * probeRows[1]);
        }
        double projected = a * target + b * target * (double) target;
        System.out.printf("Projected for %,d rows from these two: %.0f s (%.1f min; linear part %.0f s, quadratic part %.0f s)%n", target, projected,
                projected / 60, a * target, b * target * (double) target);
        int rows = target;
        if (projected > IMPORT_BUDGET) {
            rows = second;
            for (int n = second; n <= target; n += 10_000) {
                if (a * n + b * n * (double) n <= IMPORT_BUDGET) {
                    rows = n;
                }
            }
            System.out.printf("Over the %.0f s budget for one import (-Dcld.importBudgetSeconds): %,d rows instead of %,d%n", IMPORT_BUDGET, rows, target);
        }
        if (rows <= second) {
            // The largest file within the budget is the one just brought in: bring it in again.
            post(performance, String.format("The %,d-row file again (nothing new)", second), probeFile, second, teamId);
            return;
        }
        probeFile = null;
        List<String[]> whole = new ArrayList<>(rows);
        while (whole.size() < rows) {
            copy++;
            int take = Math.min(base.size(), rows - whole.size());
            for (String[] values : base.subList(0, take)) {
                whole.add(moved(values, copy, offset));
            }
        }
        List<List<?>> lines = new ArrayList<>(whole.size());
        whole.forEach(v -> lines.add(Arrays.asList((Object[]) v)));
        whole = null;
        String csv = CsvFiles.write(CldFields.HEADER, lines);
        lines.clear();
        String label = String.format("New people, %,d rows (%d copies), %.0f MB", rows, (rows + base.size() - 1) / base.size(), csv.length() / 1e6);
        post(performance, label, csv, rows, teamId);
        post(performance, "The same file again (nothing new)", csv, rows, teamId);
    }

    private static final int NHS = CldFields.index(CldFields.NHS_NUMBER);
    private static final int PERSON = CldFields.index(CldFields.PERSON_ID);
    private static final int[] ADULTS = {CldFields.index(CldFields.ADULT_1), CldFields.index(CldFields.ADULT_2), CldFields.index(CldFields.ADULT_3)};

    private static String file(List<String[]> base, int copy, int rows, long offset) {
        List<List<?>> lines = new ArrayList<>(rows);
        for (String[] values : base.subList(0, rows)) {
            lines.add(Arrays.asList((Object[]) moved(values, copy, offset)));
        }
        return CsvFiles.write(CldFields.HEADER, lines);
    }

    /** A row of copy {@code copy}: its person and the adults cared for moved up by {@code copy * offset}, its NHS number to a new valid one. */
    private static String[] moved(String[] values, int copy, long offset) {
        String[] v = values.clone();
        v[PERSON] = String.valueOf(Long.parseLong(v[PERSON]) + copy * offset);
        for (int i : ADULTS) {
            if (v[i] != null && v[i].matches("[0-9]{1,15}")) {
                v[i] = String.valueOf(Long.parseLong(v[i]) + copy * offset);
            }
        }
        if (v[NHS] != null && v[NHS].length() == 10) {
            v[NHS] = nhsNumber(v[NHS], copy);
        }
        return v;
    }

    /**
     * A new NHS number for copy {@code copy}: the last six digits before the check digit kept (they tell people apart), the
     * first three 9xx with xx = 2 x copy or the next (copies never share a prefix, nor with the 999 of the synthetic ones), the one
     * whose check digit exists.
     */
    static String nhsNumber(String nhs, int copy) {
        if (copy < 1 || copy > 48) {
            throw new IllegalArgumentException("At most 48 copies");
        }
        for (int k = 0; k < 2; k++) {
            String digits = "9" + String.format("%02d", 2 * copy + k) + nhs.substring(3, 9);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits + check;
            }
        }
        throw new IllegalStateException("No valid NHS number for " + nhs);
    }

    /** Posts a file, prints rows, seconds, rows per second and what it created and updated; returns the seconds. */
    private static double post(BenchSession session, String label, String csv, int rows, long teamId) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = session.client().send(HttpRequest.newBuilder(URI.create(session.base() + "/api/v1/imports/cld?teamId=" + teamId))
                .header("Content-Type", "text/csv").header("X-CSRF-TOKEN", session.csrf()).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        double took = seconds(started);
        if (response.statusCode() != 200) {
            System.out.printf("%-44s %,9d %9.1f  answered %d: %s%n", label, rows, took, response.statusCode(),
                    response.body().substring(0, Math.min(1500, response.body().length())));
            return took;
        }
        JsonNode result = JSON.readTree(response.body());
        System.out.printf("%-44s %,9d %9.1f %,11.0f  %s / %s%n", label, rows, took, rows / took, fields(result.get("created")), fields(result.get("updated")));
        return took;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Timing

    /** A request's timings: the first (cold) and the median of those counted, with the last answer. */
    record Timing(double first, double median, int n, String body) {

        void print(String label, int rows) {
            if (rows >= 0) {
                System.out.printf("%-48s %,9d %10.2f %9.2f %4d %,12.0f%n", label, rows, first, median, n, rows / median);
            } else {
                System.out.printf("%-48s %9s %10.2f %9.2f %4d%n", label, "", first, median, n);
            }
        }
    }

    /** Times a request: once cold; then, if that was fast, 5 more (the median of those 5), else up to {@code slowRuns} in all (their median). */
    static Timing time(Callable<String> request, int slowRuns) throws Exception {
        long started = System.nanoTime();
        String body = request.call();
        double first = seconds(started);
        List<Double> counted = new ArrayList<>();
        if (first < FAST) {
            for (int i = 0; i < 5; i++) {
                started = System.nanoTime();
                body = request.call();
                counted.add(seconds(started));
            }
        } else {
            counted.add(first);
            while (counted.size() < slowRuns) {
                started = System.nanoTime();
                body = request.call();
                counted.add(seconds(started));
            }
        }
        double[] sorted = counted.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new Timing(first, median, sorted.length, body);
    }

    private static String csv(BenchSession session, String path) throws Exception {
        HttpResponse<String> response = session.client().send(HttpRequest.newBuilder(URI.create(session.base() + path)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static int lines(String csv) {
        int n = 0;
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == '\n') {
                n++;
            }
        }
        return csv.endsWith("\n") ? n : n + 1;
    }

    private static String fields(JsonNode object) {
        if (object == null || object.isNull()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        object.properties().forEach(e -> parts.add(e.getKey() + " " + String.format("%,d", e.getValue().asLong())));
        return String.join(", ", parts);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
