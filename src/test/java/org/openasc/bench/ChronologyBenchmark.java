package org.openasc.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.openasc.demo.DemoCouncil;

/**
 * A person's chronology at county scale: a county's people and care and support (by default 100,000 people, 52,000 with
 * long-term support over 5 years), 200,000 case notes and 20,000 documents about others, and one person with about
 * 2,000 entries (notes over ten years, a tenth significant and a tenth linked to their services, documents, and their
 * own care and support). Times the chronology over the API (all, and notes only), its page and its PDF, as a practitioner, and
 * My work (the home page) of a practitioner and a team manager.
 * Run with {@code bench/chronology [entries] [people] [longTermPeople]}.
 */
public final class ChronologyBenchmark {

    private static final long SEED = 20261202L;

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int longTerm = args.length > 2 ? Integer.parseInt(args[2]) : 52_000;
        ConfigurableApplicationContext context = BenchCouncil.start();
        try {
            DemoCouncil council = BenchCouncil.council(context);
            long started = System.nanoTime();
            List<UUID> ids = council.load(people, SEED);
            council.supportActivity(longTerm, 12_000, 3, SEED);
            System.out.printf("Loaded %,d people and their care and support in %.1f s%n", ids.size(), (System.nanoTime() - started) / 1e9);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            started = System.nanoTime();
            jdbc.sql("""
                    insert into casework.note (id, person_id, occurred_at, type, text, status, finalised_at, finalised_by, created_by)
                    select gen_random_uuid(), p.a[1 + (g * 7919) % array_length(p.a, 1)], now() - (g % 3650) * interval '1 day', 'VISIT',
                      'Visited; all well. ' || repeat('Detail. ', 20), 'FINAL', now(), 'bench', 'bench'
                    from generate_series(1, 200000) g, (select array_agg(id) as a from people.person) p""").update();
            jdbc.sql("""
                    insert into casework.document (id, person_id, title, kind, dated_on, file_name, media_type, size_bytes, sha256, content, created_by)
                    select gen_random_uuid(), p.a[1 + (g * 104729) % array_length(p.a, 1)], 'Letter ' || g, 'LETTER', current_date - g % 3650,
                      'letter.txt', 'text/plain', 5, 'x', 'hello', 'bench'
                    from generate_series(1, 20000) g, (select array_agg(id) as a from people.person) p""").update();
            UUID busy = jdbc.sql("select person_id from support.service group by person_id order by count(*) desc, person_id limit 1")
                    .query(UUID.class).single();
            int documents = entries / 10;
            int notes = entries - documents - jdbc.sql("select count(*) from support.service where person_id = :p").param("p", busy).query(Integer.class).single() * 2;
            jdbc.sql("""
                    insert into casework.note (id, person_id, occurred_at, type, text, significant_category, status, finalised_at, finalised_by, created_by)
                    select gen_random_uuid(), :p, now() - (g * 3650 / :n) * interval '1 day' - g * interval '1 minute', 'PHONE_CALL',
                      'Spoke with her daughter about the week. ' || repeat('More detail. ', 15),
                      case when g % 10 = 0 then 'Change in health' end, 'DRAFT', null, null, 'bench'
                    from generate_series(1, :n) g""").param("p", busy).param("n", notes).update();
            jdbc.sql("""
                    insert into casework.note_link (note_id, kind, record_id)
                    select n.id, 'SERVICE', s.id from (select id, row_number() over (order by occurred_at) as r from casework.note where person_id = :p) n
                    join lateral (select id from support.service where person_id = :p order by id offset (n.r % 5) limit 1) s on true
                    where n.r % 10 = 3""").param("p", busy).update();
            // Links are made while the notes are drafts: a final note's links are kept as they were.
            jdbc.sql("update casework.note set status = 'FINAL', finalised_at = now(), finalised_by = 'bench' where person_id = :p and status = 'DRAFT'").param("p", busy).update();
            jdbc.sql("""
                    insert into casework.document (id, person_id, title, kind, dated_on, file_name, media_type, size_bytes, sha256, content, created_by)
                    select gen_random_uuid(), :p, 'Letter about the care plan ' || g, 'LETTER', current_date - g * 3650 / :n, 'letter.txt', 'text/plain', 5,
                      'x', 'hello', 'bench' from generate_series(1, :n) g""").param("p", busy).param("n", documents).update();
            jdbc.sql("analyze").update();
            System.out.printf("Added 200,000 notes and 20,000 documents about others and %,d notes and %,d documents about one person in %.1f s%n",
                    notes, documents, (System.nanoTime() - started) / 1e9);

            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            BenchSession worker = BenchSession.signIn(base, "worker2", BenchCouncil.PASSWORD);
            String all = worker.get("/api/v1/people/" + busy + "/chronology");
            System.out.printf("The person's chronology holds %,d entries%n", all.split("\"type\":").length - 1);
            Map<String, BenchCouncil.Timed> cases = new LinkedHashMap<>();
            cases.put("GET chronology (all entries)", () -> worker.get("/api/v1/people/" + busy + "/chronology"));
            cases.put("GET chronology (notes, significant only)", () -> worker.get("/api/v1/people/" + busy + "/chronology?types=NOTE&significant=true"));
            cases.put("GET chronology (last year, oldest first)", () -> worker.get("/api/v1/people/" + busy + "/chronology?order=oldest&from="
                    + org.openasc.platform.calendar.Today.on(context.getBean(java.time.Clock.class)).minusYears(1)));
            cases.put("Chronology page (all entries)", () -> worker.page("/people/" + busy + "/chronology"));
            cases.put("Chronology PDF (all entries)", () -> worker.document("/people/" + busy + "/chronology.pdf"));
            BenchSession manager = BenchSession.signIn(base, "manager", BenchCouncil.PASSWORD);
            cases.put("GET /api/v1/my-work (practitioner)", () -> worker.get("/api/v1/my-work"));
            cases.put("Home page: My work (practitioner)", () -> worker.page("/"));
            cases.put("GET /api/v1/my-work (team manager)", () -> manager.get("/api/v1/my-work"));
            BenchCouncil.time(cases, 2, 20);
        } finally {
            context.close();
        }
    }
}
