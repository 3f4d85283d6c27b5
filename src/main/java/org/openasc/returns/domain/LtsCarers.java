package org.openasc.returns.domain;

import static org.openasc.returns.domain.ActivityData.COMMISSIONED;
import static org.openasc.returns.domain.ActivityData.DIRECT_PAYMENT;
import static org.openasc.returns.domain.ActivityData.MANAGED_BUDGET;
import static org.openasc.returns.domain.ActivityData.mechanism;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SALT LTS003, carers supported in the year by the support provided and the carer's age, as NHS England and DHSC (ASCOF
 * 3D) count carers from Client Level Data: each carer once, in the first category of the hierarchy their rows reach.
 */
public final class LtsCarers {

    public static final String DIRECT_PAYMENT_ONLY = "Direct Payment only";
    public static final String MANAGED_BUDGET_CARER = "CASSR Managed Personal Budget";
    public static final String COMMISSIONED_ONLY = "CASSR Commissioned Support only";
    public static final String UNKNOWN_MECHANISM = "Support Direct to Carer: Unknown Delivery Mech";
    public static final String INFORMATION = "Information, Advice and Other Universal Services / Signposting";
    public static final String NO_DIRECT_SUPPORT = "No Direct Support Provided to Carer";
    public static final List<String> ROWS = List.of(DIRECT_PAYMENT_ONLY, MANAGED_BUDGET_CARER, COMMISSIONED_ONLY, UNKNOWN_MECHANISM, INFORMATION,
            NO_DIRECT_SUPPORT);
    public static final List<String> AGE_BANDS = List.of("Carer aged under 18", "18-25", "26-64", "65-84", "85+", "Unknown");
    static final String DIRECT_TO_CARER = "Unpaid carer support: Direct to unpaid carer";
    static final String KNOWN_BY_ASSOCIATION = "Unpaid carer known by association";

    private LtsCarers() {
    }

    public static ActivityTally lts003(ActivityData data) {
        ActivityTally t = new ActivityTally("LTS003", "Carers supported in the year, by support provided and age of carer", "Carers", ROWS, AGE_BANDS);
        // People with a service user's event in the year: their carers are known by association.
        Set<String> servedInYear = new HashSet<>();
        data.people().forEach(events -> events.stream().filter(e -> e.isServiceUser() && data.inYear(e)).findAny()
                .ifPresent(e -> servedInYear.add(e.personId())));
        for (List<CldEvent> events : data.people()) {
            List<CldEvent> carerRows = events.stream().filter(e -> e.clientType() != null && e.clientType().startsWith("Unpaid carer")).toList();
            if (carerRows.isEmpty() || (carerRows.get(0).dateOfDeath() != null && carerRows.get(0).dateOfDeath().isBefore(data.from()))) {
                continue;
            }
            CldEvent best = carerRows.stream().filter(e -> category(e, data, servedInYear) != null)
                    .min(Comparator.comparingInt((CldEvent e) -> ROWS.indexOf(category(e, data, servedInYear)))
                            .thenComparing(CldEvent::start, Comparator.nullsLast(Comparator.reverseOrder()))).orElse(null);
            // Age at the year end, as DHSC's carers measure has it.
            String band = carerBand(carerRows.get(0), data);
            if (best != null) {
                t.add(category(best, data, servedInYear), band, KNOWN_BY_ASSOCIATION.equals(best.clientType()) ? ActivityTally.Entry.person(best)
                        : ActivityTally.Entry.of(best));
            } else if (carerRows.stream().anyMatch(e -> e.caredFor().stream().anyMatch(servedInYear::contains))) {
                // Support for the carer only outside the year, but caring for someone supported in it: known by association.
                t.add(NO_DIRECT_SUPPORT, band, ActivityTally.Entry.person(carerRows.get(carerRows.size() - 1)));
            }
        }
        return t;
    }

    /** A carer's row's category in the year, or null when it does not count (outside the year, or a request that was not signposting). */
    static String category(CldEvent e, ActivityData data, Set<String> servedInYear) {
        if (KNOWN_BY_ASSOCIATION.equals(e.clientType())) {
            return e.caredFor().stream().anyMatch(servedInYear::contains) ? NO_DIRECT_SUPPORT : null;
        }
        if (!data.inYear(e)) {
            return null;
        }
        if (e.isService()) {
            if (!DIRECT_TO_CARER.equals(e.serviceType())) {
                // Support involving the person cared for (respite, sitting) is not direct support to the carer.
                return NO_DIRECT_SUPPORT;
            }
            String mechanism = mechanism(e);
            return DIRECT_PAYMENT.equals(mechanism) ? DIRECT_PAYMENT_ONLY : MANAGED_BUDGET.equals(mechanism) ? MANAGED_BUDGET_CARER
                    : COMMISSIONED.equals(mechanism) ? COMMISSIONED_ONLY : UNKNOWN_MECHANISM;
        }
        if ("NFA: Information and advice or signposting".equals(e.outcome())) {
            return INFORMATION;
        }
        return "Request".equals(e.eventType()) ? null : NO_DIRECT_SUPPORT;
    }

    static String carerBand(CldEvent e, ActivityData data) {
        Integer age = e.ageOn(data.to());
        if (age == null) {
            return "Unknown";
        }
        return age < 18 ? "Carer aged under 18" : age <= 25 ? "18-25" : age <= 64 ? "26-64" : age <= 84 ? "65-84" : "85+";
    }
}
