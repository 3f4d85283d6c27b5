package org.openasc.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ASCOF 2A as DHSC computes it from 2024/25 ({@code Create_ASCOF_2A_2425_Onwards.sql}): a person's ST-Max rows
 * cluster when the next starts no more than 7 days after the last ended; a cluster ending in the period counts
 * for a new client (no long-term support that started before it and ended fewer than 91 days before it, or is
 * still open), and what followed it is found by DHSC's steps, the first that applies winning:
 * <ol>
 * <li>died within 7 days of the end: {@code NFA: Deceased};</li>
 * <li>the cluster's outcome {@code Admitted to hospital};</li>
 * <li>the best-ranked service starting in the 7 days after the end (from the cluster's start, still going after its
 * end): nursing, residential, community, prison, ST-Max, ongoing low level, other short term; short-term care home
 * components first within a rank, and other short-term care in a care home called
 * {@code Short term support: Residential or Nursing care};</li>
 * <li>the best-ranked usable outcome of the cluster, of a request, assessment or review in the same window (not
 * {@code NFA: Support ended as planned}), or of an assessment or review ending in the cluster's last 14 days;
 * "usable" leaves out the progress and continuation outcomes, which say nothing of what followed;</li>
 * <li>an equipment service during the cluster: {@code Short term support: Ongoing low level};</li>
 * <li>otherwise unable to classify, counted in neither part.</li>
 * </ol>
 * Only service users' rows are read, as DHSC's base table does.
 */
final class CldShortTermSequels {

    static final String ST_MAX = "Short term support: ST-Max";
    static final String LOW_LEVEL = "Short term support: Ongoing low level";
    static final String OTHER_SHORT_TERM = "Short term support: Other short term";
    static final String CARE_HOME_SHORT_TERM = "Short term support: Residential or Nursing care";

    /** The event outcomes in DHSC's hierarchy, best first; the first four say nothing of what followed (DHSC adds 100). */
    static final List<String> OUTCOMES = List.of("Progress to reablement/ST-Max", "Progress to assessment, review or reassessment",
            "Progress to support planning or services", "Continuation of support or services", "Admitted to hospital",
            "NFA: Responsibility moved to another local authority", "NFA: Referral to NHS services or NHS funded social care",
            "NFA: Self-funded client or under 12wk disregard", "NFA: Information and advice or signposting",
            "NFA: Referral to other service within the local authority", "NFA: Support declined", "NFA: Deceased", "NFA: Support ended as planned",
            "NFA: Support ended for other reason", "NFA: No services offered for other reason", "NFA: Other");
    private static final int NOT_A_SEQUEL = 4;

    /** Sequels counted in the denominator. */
    static final Set<String> DENOMINATOR = Set.of(CldAscof.NURSING, CldAscof.RESIDENTIAL, CldAscof.COMMUNITY, CldAscof.PRISON, LOW_LEVEL,
            OTHER_SHORT_TERM, CARE_HOME_SHORT_TERM, "NFA: Information and advice or signposting", "NFA: Support ended as planned",
            "NFA: Responsibility moved to another local authority", "NFA: Other", "NFA: No services offered for other reason",
            "NFA: Support ended for other reason", "NFA: Referral to other service within the local authority");

    /** Sequels counted in the numerator: no long-term support and no care home afterwards. */
    static final Set<String> NUMERATOR = Set.of(LOW_LEVEL, OTHER_SHORT_TERM, "NFA: Information and advice or signposting",
            "NFA: Support ended as planned", "NFA: Responsibility moved to another local authority", "NFA: Other",
            "NFA: No services offered for other reason", "NFA: Support ended for other reason",
            "NFA: Referral to other service within the local authority");

    private static final Map<String, Integer> SERVICE_RANK = Map.of(CldAscof.NURSING, 1, CldAscof.RESIDENTIAL, 2, CldAscof.COMMUNITY, 3,
            CldAscof.PRISON, 4, ST_MAX, 5, LOW_LEVEL, 6, OTHER_SHORT_TERM, 7);

    /** Consecutive ST-Max rows with no more than 7 days between them; {@code end} is null while one is open. */
    record Cluster(LocalDate start, LocalDate end, List<CldEvent> rows) {

        /** The outcome on the row ending last, the better-ranked when two end together. */
        CldEvent last() {
            return rows.stream().filter(r -> java.util.Objects.equals(r.end(), end))
                    .min(Comparator.comparingInt(r -> rank(r.outcome()))).orElse(rows.get(rows.size() - 1));
        }
    }

    private CldShortTermSequels() {
    }

    /** Each cluster of the person's ending in the period, with its sequel: counted in 2A's denominator, and numerator too when it led to no ongoing support. */
    static void count(List<CldEvent> person, LocalDate start, LocalDate end, List<CldAscof.Counted> numerator, List<CldAscof.Counted> denominator) {
        List<CldEvent> rows = person.stream().filter(CldEvent::isServiceUser).toList();
        for (Cluster c : clusters(rows)) {
            if (c.end() == null || c.end().isBefore(start) || c.end().isAfter(end)) {
                continue;
            }
            CldEvent last = c.last();
            Integer age = last.ageOn(c.end());
            if ((age != null && age < 18) || (last.dateOfDeath() != null && last.dateOfDeath().isBefore(c.start())) || !newClient(rows, c)) {
                continue;
            }
            String sequel = sequel(rows, c);
            if (sequel != null && DENOMINATOR.contains(sequel)) {
                CldAscof.Counted counted = new CldAscof.Counted(last, c.start(), c.end(), "Followed by: " + sequel);
                denominator.add(counted);
                if (NUMERATOR.contains(sequel)) {
                    numerator.add(counted);
                }
            }
        }
    }

    static List<Cluster> clusters(List<CldEvent> rows) {
        List<CldEvent> stMax = rows.stream().filter(r -> r.isService() && ST_MAX.equals(r.serviceType()) && r.start() != null
                && (r.end() == null || !r.end().isBefore(r.start()))).sorted(Comparator.comparing(CldEvent::start)).toList();
        List<Cluster> clusters = new ArrayList<>();
        List<CldEvent> members = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        boolean open = false;
        for (CldEvent r : stMax) {
            if (!members.isEmpty() && !open && r.start().isAfter(last.plusDays(7))) {
                clusters.add(new Cluster(first, last, List.copyOf(members)));
                members.clear();
            }
            if (members.isEmpty()) {
                first = r.start();
                last = r.end();
                open = r.end() == null;
            } else if (r.end() == null) {
                open = true;
            } else if (!open && r.end().isAfter(last)) {
                last = r.end();
            }
            members.add(r);
        }
        if (!members.isEmpty()) {
            clusters.add(new Cluster(first, open ? null : last, List.copyOf(members)));
        }
        return clusters;
    }

    /** No long-term support started before the cluster and ended fewer than 91 days before it (or still open). */
    static boolean newClient(List<CldEvent> rows, Cluster c) {
        return rows.stream().noneMatch(r -> r.isService() && r.isLongTerm() && r.start() != null && r.start().isBefore(c.start())
                && (r.end() == null || r.end().isAfter(c.start().minusDays(91))));
    }

    /** What followed the cluster, by DHSC's steps; null when it cannot be classified. */
    static String sequel(List<CldEvent> rows, Cluster c) {
        LocalDate death = c.rows().get(0).dateOfDeath();
        if (death != null && !death.isAfter(c.end().plusDays(7))) {
            return "NFA: Deceased";
        }
        String outcome = c.last().outcome();
        if ("Admitted to hospital".equals(outcome)) {
            return outcome;
        }
        List<CldEvent> others = rows.stream().filter(r -> !c.rows().contains(r) && r.start() != null).toList();
        List<CldEvent> window = others.stream().filter(r -> !r.start().isBefore(c.start()) && (r.end() == null || r.end().isAfter(c.end()))
                && !r.start().isAfter(c.end().plusDays(7))).toList();
        String service = window.stream().filter(r -> r.isService() && SERVICE_RANK.containsKey(r.serviceType()))
                .min(Comparator.<CldEvent>comparingInt(r -> SERVICE_RANK.get(r.serviceType())).thenComparing(r -> shortTermCareHome(r) ? 0 : 1))
                .map(r -> OTHER_SHORT_TERM.equals(r.serviceType()) && shortTermCareHome(r) ? CARE_HOME_SHORT_TERM : r.serviceType()).orElse(null);
        if (service != null) {
            return service;
        }
        List<String> outcomes = new ArrayList<>();
        outcomes.add(outcome);
        window.stream().filter(r -> !r.isService() && !"NFA: Support ended as planned".equals(r.outcome())).forEach(r -> outcomes.add(r.outcome()));
        others.stream().filter(r -> ("Assessment".equals(r.eventType()) || "Review".equals(r.eventType())) && r.end() != null
                && !r.end().isBefore(c.start()) && !r.end().isAfter(c.end()) && r.end().isAfter(c.end().minusDays(14))).forEach(r -> outcomes.add(r.outcome()));
        String best = outcomes.stream().filter(o -> rank(o) < 100).min(Comparator.comparingInt(CldShortTermSequels::rank)).orElse(null);
        if (best != null) {
            return best;
        }
        boolean equipment = others.stream().anyMatch(r -> r.isService() && "Equipment".equalsIgnoreCase(r.serviceComponent())
                && !r.start().isBefore(c.start()) && !r.start().isAfter(c.end()));
        return equipment ? LOW_LEVEL : null;
    }

    /** An outcome's place in DHSC's hierarchy: below 100 when it tells what followed; 1000 when missing or not on the list. */
    static int rank(String outcome) {
        int i = outcome == null ? -1 : OUTCOMES.indexOf(outcome);
        return i < 0 ? 1000 : i < NOT_A_SEQUEL ? 100 + i : i;
    }

    private static boolean shortTermCareHome(CldEvent r) {
        return "Short term residential care".equalsIgnoreCase(r.serviceComponent()) || "Short term nursing care".equalsIgnoreCase(r.serviceComponent());
    }
}
