package org.openasc.imports;

import static org.openasc.returns.domain.CldFields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.openasc.assessment.AssessmentImport;
import org.openasc.frontdoor.RequestImport;
import org.openasc.people.PersonImport;
import org.openasc.platform.web.InvalidInput;
import org.openasc.returns.domain.CldRules;
import org.openasc.support.SupportImport;

/**
 * Applies a checked file: people first (each from their latest row, their accommodation and employment as each row saw
 * them), then each kind of event through the module that owns it. Rows of one service (our references S123, S123-2 ...)
 * become one service with a term per row. Called inside the import's transaction.
 */
@Component
class CldApplication {

    record Outcome(List<CldImport.Refusal> refused, Map<String, Integer> created, Map<String, Integer> updated) {
    }

    private static final Pattern OURS = Pattern.compile("([RAV])([0-9]{1,15})");
    private static final Pattern SERVICE = Pattern.compile("S([0-9]{1,15})(?:-[0-9]+)?");

    private final PersonImport people;
    private final RequestImport requests;
    private final AssessmentImport assessments;
    private final SupportImport support;

    CldApplication(PersonImport people, RequestImport requests, AssessmentImport assessments, SupportImport support) {
        this.people = people;
        this.requests = requests;
        this.assessments = assessments;
        this.support = support;
    }

    /** What the record refuses before anything is written: people whose identifiers disagree with those held, services with no team. */
    List<CldImport.Refusal> refusals(CldImport.Parsed file, Long teamId) {
        List<CldImport.Refusal> refused = new ArrayList<>();
        Map<Long, List<Row>> byPerson = byPerson(rows(file, LocalDate.MAX));
        people.conflicts(byPerson.values().stream().map(CldApplication::person).toList())
                .forEach((number, reason) -> refused.add(new CldImport.Refusal(byPerson.get(number).get(0).line(), PERSON_ID, reason)));
        if (file.rows().stream().anyMatch(r -> "Service".equals(CldRules.value(r, EVENT_TYPE))) && teamId == null) {
            refused.add(new CldImport.Refusal(0, "teamId", "Choose the team that will hold the services in the file (teamId)"));
        }
        return refused;
    }

    /**
     * Applies the rows; {@code keepNumbers} is false in a dry run, which rolls back but cannot roll back a sequence, so
     * it takes new numbers rather than move the council's sequences past the file's.
     */
    Outcome apply(CldImport.Parsed file, LocalDate periodEnd, Long teamId, String by, boolean keepNumbers) {
        List<Row> rows = rows(file, periodEnd);
        Map<Long, List<Row>> byPerson = byPerson(rows);
        List<PersonImport.Imported> persons = byPerson.values().stream().map(CldApplication::person).toList();
        Map<Long, List<Long>> caresFor = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get(CLIENT_TYPE).startsWith("Unpaid carer")).forEach(r -> java.util.stream.Stream.of(ADULT_1, ADULT_2, ADULT_3)
                .map(r::get).filter(v -> v != null && v.matches("[0-9]{1,9}")).map(Long::parseLong)
                .forEach(c -> caresFor.computeIfAbsent(r.personNumber(), k -> new ArrayList<>()).add(c)));
        PersonImport.Applied applied;
        try {
            applied = people.apply(persons, caresFor, by, keepNumbers);
        } catch (InvalidInput e) {
            return new Outcome(e.problems().stream().map(p -> new CldImport.Refusal(0, p.field(), p.message())).toList(), Map.of(), Map.of());
        }
        Map<Long, UUID> ids = applied.ids();
        // Each person's long-term services, looked up once: whether a request came from an existing client.
        Map<Long, List<Row>> longTerm = new java.util.HashMap<>();
        rows.stream().filter(o -> "Service".equals(o.get(EVENT_TYPE)) && o.get(SERVICE_TYPE) != null && o.get(SERVICE_TYPE).startsWith("Long term support"))
                .forEach(o -> longTerm.computeIfAbsent(o.personNumber(), k -> new ArrayList<>()).add(o));
        int[] r = requests.apply(once(rows, "Request", ROUTE_OF_ACCESS).stream().map(x -> request(x, ids, longTerm, keepNumbers)).toList(), by);
        int[] a = assessments.apply(once(rows, "Assessment", ASSESSMENT_TYPE).stream().map(x -> new AssessmentImport.Imported(
                ids.get(x.personNumber()), keepNumbers ? number(x, 'A') : null, x.get(ASSESSMENT_TYPE), x.get(ASSESSMENT_METHOD), x.date(EVENT_START), x.date(EVENT_END),
                x.get(ELIGIBLE_NEEDS), x.get(EVENT_OUTCOME))).toList(), by);
        int[] s = support.services(services(rows, ids, teamId, keepNumbers), by);
        int[] v = support.reviews(once(rows, "Review", REVIEW_REASON).stream().map(x -> new SupportImport.ImportedReview(
                ids.get(x.personNumber()), keepNumbers ? number(x, 'V') : null, x.get(REVIEW_REASON), x.get(REVIEW_METHOD), x.date(EVENT_START), x.get(REVIEW_OUTCOMES),
                x.get(EVENT_OUTCOME))).toList(), by);
        return new Outcome(List.of(), CldImport.counts(applied.created(), r[0], a[0], s[0], v[0]),
                CldImport.counts(applied.updated(), r[1], a[1], s[1], v[1]));
    }

    /** The rows whose council person ID is a number (the others are refused before this). */
    private static List<Row> rows(CldImport.Parsed file, LocalDate periodEnd) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < file.rows().size(); i++) {
            String id = CldRules.value(file.rows().get(i), PERSON_ID);
            if (id != null && id.matches("[0-9]{1,9}")) {
                rows.add(new Row(file.rows().get(i), file.lines().get(i), periodEnd));
            }
        }
        return rows;
    }

    private static Map<Long, List<Row>> byPerson(List<Row> rows) {
        Map<Long, List<Row>> byPerson = new LinkedHashMap<>();
        rows.forEach(r -> byPerson.computeIfAbsent(r.personNumber(), k -> new ArrayList<>()).add(r));
        return byPerson;
    }

    /**
     * One row per event of a kind, as DHSC deduplicates: rows of the same person, start and {@code detail} (route, type or
     * reason) are one event, and the one ending last (then the later line) is kept, so the same file twice changes nothing.
     */
    private static List<Row> once(List<Row> rows, String eventType, String detail) {
        Map<String, Row> kept = new LinkedHashMap<>();
        for (Row x : rows) {
            if (eventType.equals(x.get(EVENT_TYPE))) {
                kept.merge(x.personNumber() + "/" + x.get(EVENT_START) + "/" + x.get(CLIENT_TYPE) + "/" + x.get(detail), x,
                        (a, b) -> b.date(EVENT_END) != null && (a.date(EVENT_END) == null || !b.date(EVENT_END).isBefore(a.date(EVENT_END))) ? b : a);
            }
        }
        return List.copyOf(kept.values());
    }

    /** A person from their rows: details from the latest, circumstances as each row saw them, a change dated from that row. */
    private static PersonImport.Imported person(List<Row> rows) {
        List<Row> sorted = rows.stream().sorted(Comparator.comparing(Row::asAt)).toList();
        Row last = sorted.get(sorted.size() - 1);
        List<PersonImport.Seen> seen = new ArrayList<>();
        for (String[] kind : new String[][] {{"accommodation-status", ACCOMMODATION}, {"employment-status", EMPLOYMENT}}) {
            String previous = null;
            for (Row r : sorted) {
                String value = r.get(kind[1]);
                if (value != null && !value.equals(previous)) {
                    seen.add(new PersonImport.Seen(kind[0], value, r.asAt()));
                    previous = value;
                }
            }
        }
        boolean serviceUser = rows.stream().anyMatch(r -> "Service user".equals(r.get(CLIENT_TYPE)));
        Row details = serviceUser ? sorted.stream().filter(r -> "Service user".equals(r.get(CLIENT_TYPE))).reduce((x, y) -> y).orElseThrow() : last;
        return new PersonImport.Imported(last.personNumber(), last.get(NHS_NUMBER), last.date(DATE_OF_BIRTH), last.date(DATE_OF_DEATH), last.get(GENDER),
                last.get(ETHNICITY), last.get(POSTCODE), last.get(GP_PRACTICE), last.get(GP_PRACTICE_NAME), last.get(SUPPORT_REASON),
                last.get(HAS_CARER), details.get(AUTISM), details.get(VISUAL), details.get(HEARING), details.get(DEMENTIA), seen);
    }

    private static RequestImport.Imported request(Row x, Map<Long, UUID> ids, Map<Long, List<Row>> longTerm, boolean keepNumbers) {
        LocalDate received = x.date(EVENT_START);
        boolean existing = longTerm.getOrDefault(x.personNumber(), List.of()).stream().anyMatch(o -> !o.date(EVENT_START).isAfter(received)
                && (o.date(EVENT_END) == null || !o.date(EVENT_END).isBefore(received)));
        return new RequestImport.Imported(ids.get(x.personNumber()), keepNumbers ? number(x, 'R') : null, x.get(CLIENT_TYPE), x.get(ROUTE_OF_ACCESS), received,
                x.date(EVENT_END), x.get(EVENT_OUTCOME), existing, "Conversation".equals(x.get(EVENT_DESCRIPTION)));
    }

    /** Services: our S-references grouped into one service with a term per row; any other row a service of its own. */
    private static List<SupportImport.ImportedService> services(List<Row> rows, Map<Long, UUID> ids, Long teamId, boolean keepNumbers) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row x : rows) {
            if ("Service".equals(x.get(EVENT_TYPE))) {
                String ref = x.get(EVENT_REFERENCE);
                Matcher m = ref == null ? null : SERVICE.matcher(ref);
                String key = m != null && m.matches() ? x.personNumber() + "/S" + m.group(1)
                        : x.personNumber() + "/" + x.get(EVENT_START) + "/" + x.get(SERVICE_TYPE) + "/" + x.get(SERVICE_COMPONENT);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
            }
        }
        List<SupportImport.ImportedService> services = new ArrayList<>();
        for (List<Row> group : groups.values()) {
            List<Row> sorted = group.stream().sorted(Comparator.comparing((Row x) -> x.date(EVENT_START))).toList();
            Row first = sorted.get(0);
            Row last = sorted.get(sorted.size() - 1);
            List<SupportImport.Term> terms = new ArrayList<>();
            for (Row x : sorted) {
                if (x.get(UNIT_COST) != null && x.get(COST_FREQUENCY) != null) {
                    terms.add(new SupportImport.Term(x.date(EVENT_START), new BigDecimal(x.get(UNIT_COST)), x.get(COST_FREQUENCY),
                            x.get(PLANNED_UNITS) == null ? null : new BigDecimal(x.get(PLANNED_UNITS))));
                }
            }
            Matcher m = first.get(EVENT_REFERENCE) == null ? null : SERVICE.matcher(first.get(EVENT_REFERENCE));
            services.add(new SupportImport.ImportedService(ids.get(first.personNumber()), keepNumbers && m != null && m.matches() ? Long.valueOf(m.group(1)) : null,
                    teamId, first.get(SERVICE_TYPE), first.get(SERVICE_COMPONENT), first.get(DELIVERY_MECHANISM), first.get(CQC_LOCATION_NAME),
                    first.get(CQC_LOCATION), first.get(FUNDING) == null ? "Unknown" : first.get(FUNDING), first.date(EVENT_START), last.date(EVENT_END),
                    last.get(EVENT_OUTCOME), terms));
        }
        return services;
    }

    /** The number in one of our references (R123, A123, V123), kept when free; none for another system's. */
    private static Long number(Row x, char kind) {
        String ref = x.get(EVENT_REFERENCE);
        Matcher m = ref == null ? null : OURS.matcher(ref);
        return m != null && m.matches() && m.group(1).charAt(0) == kind ? Long.valueOf(m.group(2)) : null;
    }

    /** A checked row with its line, and the day the export read the person's circumstances on: its last day in the period. */
    private record Row(String[] values, long line, LocalDate periodEnd) {

        String get(String column) {
            return CldRules.value(values, column);
        }

        LocalDate date(String column) {
            return CldRules.date(get(column));
        }

        long personNumber() {
            return Long.parseLong(get(PERSON_ID));
        }

        LocalDate asAt() {
            LocalDate end = date(EVENT_END);
            return end != null && !end.isAfter(periodEnd) ? end : periodEnd;
        }
    }
}
