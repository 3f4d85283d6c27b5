package org.openasc.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The Client Level Data events the activity tables are computed from, by person, for one financial year ({@code from}
 * 1 April to {@code to} 31 March) read over a wider window so look-backs (new clients, chains of more than 12 months)
 * see earlier services; and the rules the tables share: age bands, long-term support settings, sequel chains.
 */
public final class ActivityData {

    public static final String AGE_18_64 = "18-64";
    public static final String AGE_65_PLUS = "65+";
    public static final String ST_MAX = "Short term support: ST-Max";
    public static final String NURSING = "Long term support: Nursing care";
    public static final String RESIDENTIAL = "Long term support: Residential care";
    public static final String COMMUNITY = "Long term support: Community";
    public static final String PRISON = "Long term support: Prison";
    public static final String ONGOING_LOW_LEVEL = "Short term support: Ongoing low level";
    public static final String OTHER_SHORT_TERM = "Short term support: Other short term";
    public static final String DIRECT_PAYMENT = "Direct payment";
    public static final String MANAGED_BUDGET = "CASSR managed personal budget";
    public static final String COMMISSIONED = "CASSR commissioned support";

    /** SALT's long-term support settings in their hierarchy: a person with several is counted in the first. */
    public static final List<String> SETTINGS = List.of("Nursing", "Residential", "Community: Direct Payment",
            "Community: CASSR Managed Personal Budget", "Community: CASSR Commissioned Support", "Community",
            "Prison: CASSR Managed Personal Budget", "Prison: CASSR Commissioned Support", "Prison");

    private final LocalDate from;
    private final LocalDate to;
    private final Map<UUID, List<CldEvent>> byPerson = new LinkedHashMap<>();

    public ActivityData(List<CldEvent> events, LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        for (CldEvent e : events) {
            byPerson.computeIfAbsent(e.personRecordId(), p -> new ArrayList<>()).add(e);
        }
        byPerson.values().forEach(list -> list.sort(Comparator.comparing(CldEvent::start, Comparator.nullsFirst(Comparator.naturalOrder()))));
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** Each person's events, ordered by start. */
    public Collection<List<CldEvent>> people() {
        return byPerson.values();
    }

    /** A request, assessment or review ending in the year, or a service open at some time in it. */
    public boolean inYear(CldEvent e) {
        if (e.isService()) {
            return e.start() != null && !e.start().isAfter(to) && (e.end() == null || !e.end().isBefore(from));
        }
        return e.end() != null && !e.end().isBefore(from) && !e.end().isAfter(to);
    }

    public boolean endsInYear(LocalDate end) {
        return end != null && !end.isBefore(from) && !end.isAfter(to);
    }

    /** 18-64 or 65+; null for under 18 or an unknown date of birth, which SALT leaves out. */
    public static String ageBand(Integer age) {
        if (age == null || age < 18) {
            return null;
        }
        return age < 65 ? AGE_18_64 : AGE_65_PLUS;
    }

    public static boolean isServiceUserService(CldEvent e, String serviceType) {
        return e.isServiceUser() && e.isService() && serviceType.equals(e.serviceType());
    }

    public static boolean isLongTermService(CldEvent e) {
        return e.isServiceUser() && e.isService() && e.isLongTerm();
    }

    /** Whether a long-term service had started before the day and was still open on it: the person is an existing client. */
    public static boolean longTermOpenBefore(List<CldEvent> events, LocalDate day) {
        return events.stream().anyMatch(e -> isLongTermService(e) && e.start() != null && e.start().isBefore(day)
                && (e.end() == null || !e.end().isBefore(day)));
    }

    /** The delivery mechanism, a Direct Payment component counting as a direct payment whatever the mechanism says (as DHSC does). */
    public static String mechanism(CldEvent e) {
        return "Direct Payment".equalsIgnoreCase(e.serviceComponent()) ? DIRECT_PAYMENT : e.deliveryMechanism();
    }

    /** The SALT setting of a long-term service (one of {@link #SETTINGS}). */
    public static String setting(CldEvent e) {
        String mechanism = mechanism(e);
        return switch (e.serviceType()) {
            case NURSING -> "Nursing";
            case RESIDENTIAL -> "Residential";
            case COMMUNITY -> DIRECT_PAYMENT.equals(mechanism) ? "Community: Direct Payment"
                    : MANAGED_BUDGET.equals(mechanism) ? "Community: CASSR Managed Personal Budget"
                    : COMMISSIONED.equals(mechanism) ? "Community: CASSR Commissioned Support" : "Community";
            // A direct payment in prison has no SALT category of its own: it counts as Prison.
            default -> MANAGED_BUDGET.equals(mechanism) ? "Prison: CASSR Managed Personal Budget"
                    : COMMISSIONED.equals(mechanism) ? "Prison: CASSR Commissioned Support" : "Prison";
        };
    }

    /** The service first in the setting hierarchy, the latest started among equals. */
    public static CldEvent highestSetting(List<CldEvent> services) {
        return services.stream().min(Comparator.comparingInt((CldEvent e) -> SETTINGS.indexOf(setting(e)))
                .thenComparing(CldEvent::start, Comparator.nullsLast(Comparator.reverseOrder()))).orElse(null);
    }

    /** SALT's primary support reason groups, from the Release 2 reasons. */
    public static String supportReasonGroup(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        if (r.startsWith("physical support")) {
            return "Physical Support";
        } else if (r.startsWith("sensory support")) {
            return "Sensory Support";
        } else if (r.startsWith("support with memory")) {
            return "Support with Memory and Cognition";
        } else if (r.startsWith("learning disability")) {
            return "Learning Disability Support";
        } else if (r.startsWith("mental health")) {
            return "Mental Health Support";
        } else if (r.startsWith("social support")) {
            return "Social Support";
        }
        return "Unknown";
    }

    public static final List<String> SUPPORT_REASON_GROUPS = List.of("Physical Support", "Sensory Support", "Support with Memory and Cognition",
            "Learning Disability Support", "Mental Health Support", "Social Support", "Unknown");

    /**
     * What followed an anchor (a request, or an ST-Max episode), as NHS England chain it: the person's events starting on
     * or after the anchor's start and no later than {@code firstDays} after its end, then any starting no later than
     * {@code gapDays} after the chain so far ended, stopping at an event that {@code breaks} the chain (a later request, or
     * another ST-Max). An event still open does not stretch the chain: its end is not known.
     */
    public static List<CldEvent> chain(List<CldEvent> events, LocalDate anchorStart, LocalDate anchorEnd, int firstDays, int gapDays,
                                       Predicate<CldEvent> skip, Predicate<CldEvent> breaks) {
        List<CldEvent> chain = new ArrayList<>();
        LocalDate lastEnd = anchorEnd;
        for (CldEvent e : events) {
            if (e.start() == null || e.start().isBefore(anchorStart) || skip.test(e)) {
                continue;
            }
            // The first window stays open to its end even once something has followed (NHS England restart the gap count from there).
            LocalDate reach = later(anchorEnd.plusDays(firstDays), lastEnd.plusDays(gapDays));
            if (e.start().isAfter(reach) || (e.start().isAfter(anchorEnd) && breaks.test(e))) {
                break;
            }
            chain.add(e);
            if (e.end() != null) {
                lastEnd = later(lastEnd, e.end());
            }
        }
        return chain;
    }

    /** Runs of events each starting no later than {@code gapDays} after the run so far ended (an open event leaves the run open). */
    public static List<List<CldEvent>> runs(List<CldEvent> events, int gapDays) {
        List<List<CldEvent>> runs = new ArrayList<>();
        List<CldEvent> current = null;
        LocalDate end = null;
        boolean open = false;
        for (CldEvent e : events.stream().filter(x -> x.start() != null).sorted(Comparator.comparing(CldEvent::start)).toList()) {
            if (current == null || (!open && e.start().isAfter(end.plusDays(gapDays)))) {
                current = new ArrayList<>();
                runs.add(current);
                end = e.start();
                open = false;
            }
            current.add(e);
            if (e.end() == null) {
                open = true;
            } else {
                end = later(end, e.end());
            }
        }
        return runs;
    }

    /** A run's end: null while any of it is open. */
    public static LocalDate runEnd(List<CldEvent> run) {
        return run.stream().anyMatch(e -> e.end() == null) ? null
                : run.stream().map(CldEvent::end).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The event of a run that ended last (its outcome is the run's), the later started among equals. */
    public static CldEvent lastEnding(List<CldEvent> run) {
        return run.stream().max(Comparator.comparing(CldEvent::end, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CldEvent::start)).orElseThrow();
    }

    /** The NFA outcome of the events (other than services) in a chain: the one given, 'NFA: Other' when they differ, or null. */
    public static String nfaOutcome(List<CldEvent> chain) {
        List<String> nfa = chain.stream().filter(e -> !e.isService()).map(CldEvent::outcome)
                .filter(o -> o != null && o.startsWith("NFA:")).distinct().toList();
        return nfa.isEmpty() ? null : nfa.size() == 1 ? nfa.get(0) : "NFA: Other";
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
