package org.openasc.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * DHSC's 2024/25-onwards ASCOF rules worked over the rows of a Client Level Data file: which person, admission or
 * short-term episode each measure counts, in its numerator and its denominator. The rows are the file's own (one
 * per service term, person fields as they stood on the row's last day in the period), so what is counted is what
 * the council sends. Each rule reads only the rows ending on or after its own look-back day, so a measure comes out
 * the same whichever others are counted with it. ASCOF 2A is in {@link CldShortTermSequels}.
 */
public final class CldAscof {

    public static final String SHORT_TERM = "ASCOF 2A";
    public static final String ADMISSIONS_18_64 = "ASCOF 2B";
    public static final String ADMISSIONS_65 = "ASCOF 2C";
    public static final String HOME = "ASCOF 2E";
    public static final String HOME_LD = "ASCOF 2E LD";
    public static final String CLIENTS_SDS = "ASCOF 3D 1a";
    public static final String CLIENTS_DP = "ASCOF 3D 2a";
    public static final String CARERS_SDS = "ASCOF 3D 1b";
    public static final String CARERS_DP = "ASCOF 3D 2b";
    public static final String EMPLOYMENT = "ASCOF 1E";
    public static final List<String> REFERENCES = List.of(SHORT_TERM, ADMISSIONS_18_64, ADMISSIONS_65, HOME, HOME_LD, CLIENTS_SDS, CLIENTS_DP,
            CARERS_SDS, CARERS_DP, EMPLOYMENT);

    static final String NURSING = "Long term support: Nursing care";
    static final String RESIDENTIAL = "Long term support: Residential care";
    static final String COMMUNITY = "Long term support: Community";
    static final String PRISON = "Long term support: Prison";
    static final String LEARNING_DISABILITY = "Learning disability support";
    static final String PRESUMED_AT_HOME = "Unknown: presumed at home";
    static final String PRESUMED_IN_COMMUNITY = "Unknown: presumed in community";
    private static final String SELF_FUNDED = "NFA: Self-funded client or under 12wk disregard";
    private static final String DIRECT_PAYMENT = "Direct payment";
    private static final String PERSONAL_BUDGET = "CASSR managed personal budget";
    private static final String COMMISSIONED = "CASSR commissioned support";
    private static final List<String> SETTINGS = List.of("", "Nursing", "Residential", "Community: Direct Payment", "Community: CASSR Managed Personal Budget",
            "Community: CASSR Commissioned Support", "Community", "Prison: CASSR Managed Personal Budget", "Prison: CASSR Commissioned Support", "Prison");
    private static final List<String> CARER_SUPPORT = List.of("", "Direct Payment only", "CASSR Managed Personal Budget", "CASSR Commissioned Support only",
            "Support Direct to Carer: Unknown Delivery Mech", "Information, Advice and Other Universal Services / Signposting",
            "No Direct Support Provided to Carer");

    /** One thing counted: the row standing for it, the days it covers, and why it counts (a sequel, a setting, a status). */
    public record Counted(CldEvent event, LocalDate from, LocalDate to, String detail) {
    }

    /** What a measure counted; a rate's denominator is the population, so it lists none. */
    public record Parts(List<Counted> numerator, List<Counted> denominator) {
    }

    private CldAscof() {
    }

    /** The first day whose rows a measure reads for the period ending on {@code end}: 2A looks back 15 months and 7 days, 2B and 2C 365 days before the period. */
    public static LocalDate horizon(String reference, LocalDate end) {
        LocalDate start = end.minusYears(1).plusDays(1);
        return switch (reference) {
            case SHORT_TERM -> end.minusMonths(15).minusDays(7);
            case ADMISSIONS_18_64, ADMISSIONS_65 -> start.minusDays(365);
            default -> start;
        };
    }

    /**
     * The measures' parts for the 12 months (or, for 3D clients, the day) ending on {@code end}, from the file's rows by
     * person. {@code accommodation} holds each accommodation status with whether it is settled.
     */
    static Map<String, Parts> count(List<CldEvent> events, LocalDate end, Map<String, Boolean> accommodation, Collection<String> references) {
        LocalDate start = end.minusYears(1).plusDays(1);
        Map<UUID, List<CldEvent>> people = new LinkedHashMap<>();
        events.forEach(e -> people.computeIfAbsent(e.personRecordId(), k -> new ArrayList<>()).add(e));
        Map<String, Parts> parts = new LinkedHashMap<>();
        for (String reference : REFERENCES) {
            if (!references.contains(reference)) {
                continue;
            }
            LocalDate horizon = horizon(reference, end);
            Parts p = new Parts(new ArrayList<>(), rate(reference) ? List.of() : new ArrayList<>());
            for (List<CldEvent> all : people.values()) {
                List<CldEvent> person = all.stream().filter(e -> e.end() == null || !e.end().isBefore(horizon)).toList();
                if (!person.isEmpty()) {
                    countPerson(reference, person, start, end, accommodation, p);
                }
            }
            parts.put(reference, p);
        }
        return parts;
    }

    static boolean rate(String reference) {
        return ADMISSIONS_18_64.equals(reference) || ADMISSIONS_65.equals(reference);
    }

    private static void countPerson(String reference, List<CldEvent> person, LocalDate start, LocalDate end, Map<String, Boolean> accommodation, Parts p) {
        switch (reference) {
            case SHORT_TERM -> CldShortTermSequels.count(person, start, end, p.numerator(), p.denominator());
            case ADMISSIONS_18_64, ADMISSIONS_65 -> admission(person, start, end).filter(a -> (a.ageOn(a.start()) < 65) == ADMISSIONS_18_64.equals(reference))
                    .ifPresent(a -> p.numerator().add(new Counted(a, a.start(), a.end(), a.serviceType() + " from the age of " + a.ageOn(a.start()))));
            case HOME, HOME_LD, EMPLOYMENT -> inLongTermSupport(reference, person, start, end, accommodation, p);
            case CLIENTS_SDS, CLIENTS_DP -> clientAtEnd(reference, person, end, p);
            default -> carer(reference, person, start, end, p);
        }
    }

    /**
     * 2B and 2C: the person's new admission to long-term residential or nursing care starting in the period (not a
     * short-term component, not ending as self-funded), new when no such placement started before it and ended fewer
     * than 365 days before it (or is still open); counted once, at the youngest age admitted, 18 or over at the start.
     */
    static java.util.Optional<CldEvent> admission(List<CldEvent> person, LocalDate start, LocalDate end) {
        CldEvent any = person.get(0);
        if (any.dateOfBirth() == null || (any.dateOfDeath() != null && any.dateOfDeath().isBefore(start))) {
            return java.util.Optional.empty();
        }
        List<CldEvent> homes = person.stream().filter(e -> e.isService() && e.isServiceUser() && (NURSING.equals(e.serviceType())
                || RESIDENTIAL.equals(e.serviceType())) && e.start() != null && longTermComponent(e.serviceComponent())).toList();
        return homes.stream().filter(a -> !a.start().isBefore(start) && !a.start().isAfter(end) && !SELF_FUNDED.equals(a.outcome())
                        && a.ageOn(a.start()) >= 18 && homes.stream().noneMatch(b -> b != a && b.start().isBefore(a.start())
                        && (b.end() == null || b.end().isAfter(a.start().minusDays(365)))))
                .min(Comparator.comparingInt((CldEvent a) -> a.ageOn(a.start())).thenComparing(CldEvent::start));
    }

    private static boolean longTermComponent(String component) {
        if (component == null) {
            return true;
        }
        String c = component.toLowerCase(java.util.Locale.ROOT);
        return (c.contains("residential") || c.contains("nursing")) && !c.contains("short");
    }

    /**
     * 2E, 2E LD and 1E: service users with long-term support at any time in the period (alive at its start), aged 18 or
     * over (or of unknown age) at the end of their latest long-term support, capped at the period end; their latest
     * accommodation or employment status as the file carries it on their last row. An unknown accommodation is taken
     * from that support: a care home, Shared Lives, extra care, supported living, prison, home support (presumed at
     * home, settled), otherwise presumed in the community (not settled). 2E LD and 1E count those aged 18 to 64 whose
     * primary support reason is learning disability.
     */
    private static void inLongTermSupport(String reference, List<CldEvent> person, LocalDate start, LocalDate end, Map<String, Boolean> accommodation,
                                          Parts p) {
        CldEvent latest = person.stream().filter(e -> e.isService() && e.isServiceUser() && e.isLongTerm() && e.start() != null
                        && !e.start().isAfter(end) && (e.end() == null || !e.end().isBefore(start)))
                .max(Comparator.comparing((CldEvent e) -> asAt(e, end)).thenComparing(CldEvent::start)).orElse(null);
        if (latest == null || (latest.dateOfDeath() != null && latest.dateOfDeath().isBefore(start))) {
            return;
        }
        Integer age = latest.ageOn(asAt(latest, end));
        if (age != null && age < 18) {
            return;
        }
        boolean learningDisability = LEARNING_DISABILITY.equalsIgnoreCase(latest.supportReason()) && age != null && age <= 64;
        if (!HOME.equals(reference) && !learningDisability) {
            return;
        }
        CldEvent last = person.stream().max(Comparator.comparing(e -> asAt(e, end))).orElseThrow();
        String detail;
        boolean counted;
        if (EMPLOYMENT.equals(reference)) {
            detail = last.employment() == null ? "Employment not recorded" : last.employment();
            counted = last.employment() != null && last.employment().startsWith("Paid:");
        } else {
            String status = last.accommodation();
            if (status == null || "Unknown".equals(status) || !accommodation.containsKey(status)) {
                status = imputed(latest);
                detail = status + " (from the service: accommodation " + (last.accommodation() == null ? "not recorded" : "unknown") + ")";
            } else {
                detail = status;
            }
            counted = Boolean.TRUE.equals(accommodation.get(status)) || PRESUMED_AT_HOME.equals(status);
        }
        Counted c = new Counted(latest, latest.start(), latest.end(), detail);
        p.denominator().add(c);
        if (counted) {
            p.numerator().add(c);
        }
    }

    /** DHSC's accommodation for a person whose status is unknown, from their latest long-term support. */
    static String imputed(CldEvent support) {
        String component = support.serviceComponent() == null ? "" : support.serviceComponent().toLowerCase(java.util.Locale.ROOT);
        if (NURSING.equals(support.serviceType())) {
            return "Registered nursing home";
        } else if (RESIDENTIAL.equals(support.serviceType())) {
            return "Registered care home";
        } else if (PRISON.equals(support.serviceType())) {
            return "Prison, young offenders institution or detention centre";
        } else if (component.equals("shared lives")) {
            return "Shared Lives scheme";
        } else if (component.contains("extra care")) {
            return "Sheltered housing, extra care housing or other sheltered housing";
        } else if (component.equals("community supported living")) {
            return "Supported accommodation, supported lodgings or supported group home";
        } else if (component.contains("home support")) {
            return PRESUMED_AT_HOME;
        }
        return PRESUMED_IN_COMMUNITY;
    }

    /**
     * 3D 1a and 2a: service users in long-term support on the period's last day (alive then, 18 or over or of unknown
     * age), each once in their highest setting: nursing, residential, then community by direct payment, managed
     * personal budget, commissioned support or unknown, then prison. Those in the community are the denominator.
     */
    private static void clientAtEnd(String reference, List<CldEvent> person, LocalDate end, Parts p) {
        CldEvent best = person.stream().filter(e -> e.isService() && e.isServiceUser() && e.isLongTerm() && e.start() != null
                        && !e.start().isAfter(end) && (e.end() == null || !e.end().isBefore(end)))
                .min(Comparator.comparingInt(CldAscof::setting).thenComparing(CldEvent::start)).orElse(null);
        if (best == null || (best.dateOfDeath() != null && best.dateOfDeath().isBefore(end))) {
            return;
        }
        Integer age = best.ageOn(end);
        int setting = setting(best);
        if ((age != null && age < 18) || setting < 3 || setting > 6) {
            return;
        }
        Counted c = new Counted(best, best.start(), best.end(), SETTINGS.get(setting));
        p.denominator().add(c);
        if (setting == 3 || (setting == 4 && CLIENTS_SDS.equals(reference))) {
            p.numerator().add(c);
        }
    }

    /** The setting's place in DHSC's 3D hierarchy, 1 (nursing) to 9 (prison, mechanism unknown). */
    static int setting(CldEvent e) {
        String mechanism = mechanism(e);
        return switch (e.serviceType()) {
            case NURSING -> 1;
            case RESIDENTIAL -> 2;
            case COMMUNITY -> mechanism == null ? 6 : switch (mechanism) {
                case DIRECT_PAYMENT -> 3;
                case PERSONAL_BUDGET -> 4;
                default -> 5;
            };
            default -> PERSONAL_BUDGET.equals(mechanism) ? 7 : COMMISSIONED.equals(mechanism) ? 8 : 9;
        };
    }

    /** The delivery mechanism as DHSC reads it: a direct payment component is a direct payment; anything off the list is unknown. */
    static String mechanism(CldEvent e) {
        if (DIRECT_PAYMENT.equalsIgnoreCase(e.serviceComponent())) {
            return DIRECT_PAYMENT;
        }
        return List.of(DIRECT_PAYMENT, PERSONAL_BUDGET, COMMISSIONED).stream().filter(m -> m.equalsIgnoreCase(e.deliveryMechanism())).findFirst()
                .orElse(null);
    }

    /**
     * 3D 1b and 2b: unpaid carers (known by association too) with an event in the period, alive at its start, each in
     * their best category of support: direct payment, managed personal budget, commissioned support (these three are
     * the denominator), support direct to the carer by an unknown mechanism, information and advice, none direct.
     */
    private static void carer(String reference, List<CldEvent> person, LocalDate start, LocalDate end, Parts p) {
        CldEvent best = person.stream().filter(e -> e.clientType() != null && e.clientType().startsWith("Unpaid carer") && inPeriod(e, start, end)
                        && carerCategory(e) > 0)
                .min(Comparator.comparingInt(CldAscof::carerCategory).thenComparing(CldEvent::start, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
        if (best == null || (best.dateOfDeath() != null && best.dateOfDeath().isBefore(start))) {
            return;
        }
        int category = carerCategory(best);
        if (category > 3) {
            return;
        }
        Counted c = new Counted(best, best.start(), best.end(), CARER_SUPPORT.get(category));
        p.denominator().add(c);
        if (category == 1 || (category == 2 && CARERS_SDS.equals(reference))) {
            p.numerator().add(c);
        }
    }

    /** A carer's row's category, 1 (direct payment) to 6 (no direct support); 0 when the row says nothing of the carer's support. */
    static int carerCategory(CldEvent e) {
        if ("Unpaid carer support: Direct to unpaid carer".equals(e.serviceType())) {
            String mechanism = mechanism(e);
            return mechanism == null ? 4 : DIRECT_PAYMENT.equals(mechanism) ? 1 : PERSONAL_BUDGET.equals(mechanism) ? 2 : 3;
        }
        if ("Unpaid carer support: Support involving the person cared-for".equals(e.serviceType())) {
            return 6;
        }
        if (e.serviceType() == null && "NFA: Information and advice or signposting".equals(e.outcome())) {
            return 5;
        }
        return e.serviceType() == null && ("Assessment".equals(e.eventType()) || "Review".equals(e.eventType())) ? 6 : 0;
    }

    private static boolean inPeriod(CldEvent e, LocalDate start, LocalDate end) {
        if (e.isService()) {
            return e.start() != null && !e.start().isAfter(end) && (e.end() == null || !e.end().isBefore(start));
        }
        return e.end() != null && !e.end().isBefore(start) && !e.end().isAfter(end);
    }

    /** The row's last day in the period: the day its person fields were read on. */
    static LocalDate asAt(CldEvent e, LocalDate end) {
        return e.end() == null || e.end().isAfter(end) ? end : e.end();
    }
}
