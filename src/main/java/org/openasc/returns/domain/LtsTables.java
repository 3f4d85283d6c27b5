package org.openasc.returns.domain;

import static org.openasc.returns.domain.ActivityData.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SALT's long-term support tables as NHS England compute them from Client Level Data: LTS001a (people in long-term
 * support during the year), LTS001b (at 31 March), LTS001c (at 31 March, for more than 12 months), each by setting and
 * delivery mechanism within age band, and primary support reason; LTS002a and LTS002b, reviews of those clients by
 * what followed; LTS004, clients aged 18-64 with a learning disability by employment and accommodation.
 */
public final class LtsTables {

    static final String PEOPLE = "People";
    public static final String NO_OUTCOME = "Outcome not recorded";
    /** DHSC's review groups (derived from the Release 2 review reasons, not spec values). */
    public static final List<String> REVIEW_GROUPS = List.of("Planned review of long term support", "Unplanned", "Review of short term support",
            "Review Type Unknown");
    public static final String PAID = "In paid employment";
    public static final String NOT_PAID = "Not in paid employment";
    public static final String EMPLOYMENT_UNKNOWN = "Employment status unknown";
    public static final String SETTLED = "Settled accommodation";
    public static final String NOT_SETTLED = "Not settled accommodation";

    /** A person counted in LTS001a: their age band and long-term services in the year. */
    private record Client(String band, List<CldEvent> services) {
    }

    private LtsTables() {
    }

    /** LTS001a, b and c, LTS002a and b, and LTS004, in that order. */
    public static List<ActivityTally> all(ActivityData data, List<String> outcomes, Set<String> settledStatuses) {
        ActivityTally a = settingTable("LTS001a", "Clients accessing long term support during the year, by support setting, age and primary support reason");
        ActivityTally b = settingTable("LTS001b", "Clients accessing long term support at the year end (31 March), by support setting, age and primary support reason");
        ActivityTally c = settingTable("LTS001c", "Clients accessing long term support at the year end for more than 12 months, by support setting, age and primary support reason");
        Map<UUID, Client> inYear = new LinkedHashMap<>();
        Set<UUID> longer = new java.util.HashSet<>();
        for (List<CldEvent> events : data.people()) {
            List<CldEvent> services = events.stream().filter(ActivityData::isLongTermService).toList();
            if (services.isEmpty() || diedBefore(services.get(0), data.from())) {
                continue;
            }
            List<CldEvent> during = services.stream().filter(data::inYear).toList();
            // Age on the last day of their long-term support in the year (DHSC's rule), the year end if it went on.
            LocalDate last = during.stream().anyMatch(e -> e.end() == null || e.end().isAfter(data.to())) ? data.to()
                    : during.stream().map(CldEvent::end).max(Comparator.naturalOrder()).orElse(null);
            String band = last == null ? null : ageBand(during.get(0).ageOn(last));
            if (band != null) {
                add(a, band, highestSetting(during));
                inYear.put(services.get(0).personRecordId(), new Client(band, during));
            }
            List<CldEvent> open = services.stream().filter(e -> e.openOn(data.to())).toList();
            String bandAtEnd = open.isEmpty() || diedBefore(open.get(0), data.to()) ? null : ageBand(open.get(0).ageOn(data.to()));
            if (bandAtEnd == null) {
                continue;
            }
            add(b, bandAtEnd, highestSetting(open));
            // Services a day apart at most (a price change starts a new row the day after the last) are one spell of support.
            LocalDate twelveMonthsBefore = data.to().minusYears(1);
            boolean moreThanAYear = runs(services, 1).stream().anyMatch(run -> run.stream().anyMatch(open::contains)
                    && run.get(0).start().isBefore(twelveMonthsBefore));
            if (moreThanAYear) {
                add(c, bandAtEnd, highestSetting(open));
                longer.add(open.get(0).personRecordId());
            }
        }
        ActivityTally reviewsA = reviews("LTS002a", "Reviews in the year of clients accessing long term support during the year (LTS001a), by what followed",
                data, inYear.keySet(), outcomes);
        ActivityTally reviewsB = reviews("LTS002b", "Reviews in the year of clients in long term support for more than 12 months (LTS001c), by what followed",
                data, longer, outcomes);
        return List.of(a, b, c, reviewsA, reviewsB, lts004(inYear, settledStatuses, data.to()));
    }

    /** Rows: each setting within each age band; columns: primary support reason groups. */
    private static ActivityTally settingTable(String ref, String title) {
        List<String> rows = new ArrayList<>();
        for (String band : List.of(AGE_18_64, AGE_65_PLUS)) {
            SETTINGS.forEach(s -> rows.add(band + ": " + s));
        }
        return new ActivityTally(ref, title, PEOPLE, rows, SUPPORT_REASON_GROUPS);
    }

    private static void add(ActivityTally t, String band, CldEvent service) {
        // The reason is the person's as held now: the file carries one reason per person, so there is no conflict to settle.
        t.add(band + ": " + setting(service), supportReasonGroup(service.supportReason()), ActivityTally.Entry.of(service));
    }

    private static boolean diedBefore(CldEvent e, LocalDate day) {
        return e.dateOfDeath() != null && e.dateOfDeath().isBefore(day);
    }

    /**
     * Reviews ended in the year of the clients given, by what followed (the review's event outcome) and the review reason's
     * group. SALT's LTS002 sequels (support increased, decreased, suspended, moved to a care home...) have no CLD field and
     * their list is unconfirmed (LTS002 replication code is not public), so this counts the recorded outcome instead.
     */
    private static ActivityTally reviews(String ref, String title, ActivityData data, Set<UUID> clients, List<String> outcomes) {
        List<String> rows = new ArrayList<>(outcomes);
        rows.add(NO_OUTCOME);
        ActivityTally t = new ActivityTally(ref, title, "Reviews", rows, REVIEW_GROUPS);
        for (List<CldEvent> events : data.people()) {
            for (CldEvent e : events) {
                if ("Review".equals(e.eventType()) && e.isServiceUser() && clients.contains(e.personRecordId()) && data.endsInYear(e.end())) {
                    t.add(e.outcome() == null ? NO_OUTCOME : e.outcome(), reviewGroup(e.reviewReason()), ActivityTally.Entry.of(e));
                }
            }
        }
        return t;
    }

    static String reviewGroup(String reason) {
        if (reason == null) {
            return "Review Type Unknown";
        } else if (reason.startsWith("Planned")) {
            return "Planned review of long term support";
        } else if (reason.startsWith("Unplanned")) {
            return "Unplanned";
        }
        return "Review of short term support".equalsIgnoreCase(reason) ? "Review of short term support" : "Review Type Unknown";
    }

    /**
     * LTS004: clients aged 18-64 with learning disability support as their primary reason, in long-term support in the year
     * in the community or a care home (not prison), by employment (rows) and accommodation (columns), both as they stood on
     * the latest day any of those services was open in the year (a known status preferred on that day).
     */
    private static ActivityTally lts004(Map<UUID, Client> clients, Set<String> settledStatuses, LocalDate yearEnd) {
        ActivityTally t = new ActivityTally("LTS004", "Clients aged 18-64 with a primary support reason of learning disability support in long term "
                + "support during the year, by employment and accommodation status", PEOPLE, List.of(PAID, NOT_PAID, EMPLOYMENT_UNKNOWN),
                List.of(SETTLED, NOT_SETTLED));
        for (Client client : clients.values()) {
            List<CldEvent> services = client.services().stream().filter(e -> !PRISON.equals(e.serviceType())).toList();
            if (!AGE_18_64.equals(client.band()) || services.isEmpty()
                    || !"Learning disability support".equalsIgnoreCase(services.get(0).supportReason())) {
                continue;
            }
            CldEvent latest = services.stream().max(Comparator.comparing((CldEvent e) -> e.end() == null || e.end().isAfter(yearEnd) ? yearEnd : e.end())
                    .thenComparing(CldEvent::start).thenComparing(e -> known(e.employment()) ? 1 : 0)).orElseThrow();
            String employment = latest.employment() == null ? "" : latest.employment();
            String row = employment.startsWith("Paid") ? PAID : employment.startsWith("Not in paid employment") ? NOT_PAID : EMPLOYMENT_UNKNOWN;
            // An unknown accommodation status is not settled (no imputation from the service, unlike ASCOF 2E).
            String column = latest.accommodation() != null && settledStatuses.contains(latest.accommodation()) ? SETTLED : NOT_SETTLED;
            t.add(row, column, ActivityTally.Entry.of(latest));
        }
        return t;
    }

    private static boolean known(String status) {
        return status != null && !"Unknown".equals(status);
    }
}
