package org.openasc.returns.domain;

import static org.openasc.returns.domain.ActivityData.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SALT's short-term support tables as NHS England compute them from Client Level Data (their 2023/24 replication code,
 * read with Release 2 values): STS001, requests from new clients by what followed; STS002a and STS002b, completed
 * episodes of short-term support to maximise independence (ST-Max) for new and existing clients by what followed.
 */
public final class StsTables {

    static final String STS_MAX = "Short Term Support to Maximise Independence";
    static final String UNABLE = "Unable to classify";
    static final String NHS = "100% NHS Funded Care";
    static final String END_OF_LIFE = "End of Life";
    static final String SIGNPOSTED = "Universal Services/ Signposted to other services";
    static final String DECEASED = "No Services Provided - Deceased";
    static final String OTHER_REASON = "No Services Provided - other reason";

    /** STS001's sequels in the table's order. Release 2 has no outcome for End of Life, so that row stays empty. */
    public static final List<String> STS001_ROWS = List.of(STS_MAX, "Long Term Support Nursing Care", "Long Term Support Residential Care",
            "Long Term Support Community", "Long Term Support Prison", "Ongoing Low Level Support", "Short Term Support (other)", NHS, END_OF_LIFE,
            SIGNPOSTED, DECEASED, OTHER_REASON, UNABLE);
    /** The services that can follow a request, highest ranked first, with their STS001 sequel. */
    static final Map<String, String> STS001_SERVICES = orderedMap(ST_MAX, STS_MAX, NURSING, "Long Term Support Nursing Care",
            RESIDENTIAL, "Long Term Support Residential Care", COMMUNITY, "Long Term Support Community", PRISON, "Long Term Support Prison",
            ONGOING_LOW_LEVEL, "Ongoing Low Level Support", OTHER_SHORT_TERM, "Short Term Support (other)");
    /** SALT's routes of access, matched to the Release 2 values without regard to case. */
    public static final List<String> ROUTES = List.of("Planned Entry (Transition)", "Discharge from Hospital", "Diversion from Hospital Services",
            "Self-funder with depleted funds", "Community/Other route", "Prison");

    static final String CESSATION = "Early cessation of service (not leading to long term support) - 100% NHS funded care/End of Life/deceased";
    static final String LONG_TERM = "Long Term Support (any setting)";
    static final String SELF_FUNDING = "No services provided – needs identified but self-funding";
    static final String LOW_LEVEL = "Ongoing Low Level Support";
    static final String SHORT_OTHER = "Short Term Support (other)";
    static final String DECLINED = "No services provided – needs identified but support declined";
    static final String UNIVERSAL = "No Services Provided – Universal Services / signposted to other services";
    static final String NONE_OTHER = "No services provided – other";
    static final String NOT_FOUND = "No Service Found";
    /** STS002a/b's sequels, verbatim and in their order. */
    public static final List<String> STS002_ROWS = List.of(CESSATION, LONG_TERM, SELF_FUNDING, LOW_LEVEL, SHORT_OTHER, DECLINED, UNIVERSAL,
            NONE_OTHER, NOT_FOUND);
    static final List<String> STS002_SERVICES = List.of(NURSING, RESIDENTIAL, COMMUNITY, PRISON, ONGOING_LOW_LEVEL, OTHER_SHORT_TERM);

    private StsTables() {
    }

    public static ActivityTally sts001(ActivityData data) {
        List<String> columns = new ArrayList<>();
        for (String band : List.of(AGE_18_64, AGE_65_PLUS)) {
            ROUTES.forEach(r -> columns.add(band + ": " + r));
        }
        ActivityTally t = new ActivityTally("STS001", "Requests for support from new clients, by sequel to the request", "Requests", STS001_ROWS, columns);
        for (List<CldEvent> events : data.people()) {
            List<CldEvent> requests = events.stream().filter(e -> e.isServiceUser() && "Request".equals(e.eventType()) && e.end() != null).toList();
            // Requests made within 4 days of the last one ending are one request (NHS England's clusters).
            for (List<CldEvent> cluster : runs(requests, 4)) {
                LocalDate start = cluster.get(0).start();
                LocalDate end = runEnd(cluster);
                // A new client: no long-term service that began before the request and was open when it was made.
                if (!data.endsInYear(end) || longTermOpenBefore(events, start)) {
                    continue;
                }
                // Age when the request was made (the first of a cluster), as is its route of access.
                String band = ageBand(cluster.get(0).ageOn(start));
                if (band == null) {
                    continue;
                }
                CldEvent last = lastEnding(cluster);
                List<CldEvent> chain = chain(events, start, end, 28, 3, e -> !e.isServiceUser() || cluster.contains(e),
                        e -> "Request".equals(e.eventType()));
                t.add(sts001Sequel(chain, last.outcome()), band + ": " + route(cluster.get(0).routeOfAccess()), new ActivityTally.Entry(last, start, end, false));
            }
        }
        return t;
    }

    /** The highest-ranked service in the chain; else an NFA outcome of what followed; else the request's own outcome. */
    static String sts001Sequel(List<CldEvent> chain, String requestOutcome) {
        for (Map.Entry<String, String> s : STS001_SERVICES.entrySet()) {
            if (chain.stream().anyMatch(e -> isServiceUserService(e, s.getKey()))) {
                return s.getValue();
            }
        }
        String nfa = nfaOutcome(chain);
        String outcome = nfa != null ? nfa : requestOutcome;
        if (outcome == null) {
            return UNABLE;
        }
        return switch (outcome) {
            case "NFA: Referral to NHS services or NHS funded social care" -> NHS;
            case "NFA: Information and advice or signposting" -> SIGNPOSTED;
            case "NFA: Deceased" -> DECEASED;
            // Admitted to hospital, Continuation and the Progress outcomes say nothing of what followed: unable to classify.
            default -> outcome.startsWith("NFA:") ? OTHER_REASON : UNABLE;
        };
    }

    /** STS002a (new clients) and STS002b (existing clients: a long-term service open when the ST-Max began). */
    public static List<ActivityTally> sts002(ActivityData data) {
        List<String> bands = List.of(AGE_18_64, AGE_65_PLUS);
        ActivityTally a = new ActivityTally("STS002a", "Episodes of ST-Max for new clients completed in the year, by what followed",
                "Completed episodes of ST-Max", STS002_ROWS, bands);
        // NHS England publish STS002b as totals only; it is split by age here too, its Total column being their figure.
        ActivityTally b = new ActivityTally("STS002b", "Episodes of ST-Max for existing clients completed in the year, by what followed",
                "Completed episodes of ST-Max", STS002_ROWS, bands);
        for (List<CldEvent> events : data.people()) {
            List<CldEvent> stMax = events.stream().filter(e -> isServiceUserService(e, ST_MAX)).toList();
            // Rows a day apart or overlapping (a price change, a new package) are one episode.
            for (List<CldEvent> episode : runs(stMax, 1)) {
                LocalDate start = episode.get(0).start();
                LocalDate end = runEnd(episode);
                if (!data.endsInYear(end)) {
                    continue;
                }
                // Age when the episode began.
                String band = ageBand(episode.get(0).ageOn(start));
                if (band == null) {
                    continue;
                }
                CldEvent last = lastEnding(episode);
                List<CldEvent> chain = chain(events, start, end, 3, 3, e -> !e.isServiceUser() || episode.contains(e),
                        e -> isServiceUserService(e, ST_MAX));
                String sequel = sts002Sequel(chain, last, end);
                (longTermOpenBefore(events, start) ? b : a).add(sequel, band, new ActivityTally.Entry(last, start, end, false));
            }
        }
        return List.of(a, b);
    }

    static String sts002Sequel(List<CldEvent> chain, CldEvent last, LocalDate end) {
        if (last.dateOfDeath() != null && !last.dateOfDeath().isAfter(end.plusDays(3))) {
            return CESSATION;
        }
        String service = STS002_SERVICES.stream().filter(s -> chain.stream().anyMatch(e -> isServiceUserService(e, s))).findFirst().orElse(null);
        if (service != null) {
            return service.startsWith("Long term") ? LONG_TERM : ONGOING_LOW_LEVEL.equals(service) ? LOW_LEVEL : SHORT_OTHER;
        }
        String nfa = nfaOutcome(chain);
        String outcome = nfa != null ? nfa : last.outcome();
        if (outcome == null) {
            return NOT_FOUND;
        }
        return switch (outcome) {
            case "NFA: Deceased", "NFA: Referral to NHS services or NHS funded social care" -> CESSATION;
            case "NFA: Self-funded client or under 12wk disregard" -> SELF_FUNDING;
            case "NFA: Support declined" -> DECLINED;
            case "NFA: Information and advice or signposting" -> UNIVERSAL;
            case "Admitted to hospital" -> NONE_OTHER;
            default -> outcome.startsWith("NFA:") ? NONE_OTHER : NOT_FOUND;
        };
    }

    /** The SALT route for a Release 2 route of access; one not on SALT's list is shown as it is. */
    static String route(String routeOfAccess) {
        if (routeOfAccess == null) {
            return "Route not recorded";
        }
        return ROUTES.stream().filter(r -> r.equalsIgnoreCase(routeOfAccess.strip())).findFirst().orElse(routeOfAccess);
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
