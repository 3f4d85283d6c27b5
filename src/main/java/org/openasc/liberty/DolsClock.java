package org.openasc.liberty;

import java.time.LocalDate;

/**
 * The DoLS clocks: a standard authorisation is decided within 21 days of the request; an urgent
 * authorisation lasts 7 days from the day the managing authority grants it and may be extended once by
 * up to 7 days; a standard authorisation lasts at most 12 months and must be renewed before it ends.
 */
public final class DolsClock {

    public static final int STANDARD_DAYS = 21;
    public static final int URGENT_DAYS = 7;
    public static final int MAX_EXTENSION_DAYS = 7;
    public static final int MAX_AUTHORISATION_MONTHS = 12;

    private DolsClock() {
    }

    public static LocalDate standardDue(LocalDate received) {
        return received.plusDays(STANDARD_DAYS);
    }

    /** The last day the urgent authorisation runs: granted on day 1, so 7 days end on granted + 6, plus any extension. */
    public static LocalDate urgentEnds(LocalDate granted, Integer extendedDays) {
        return granted.plusDays(URGENT_DAYS - 1L + (extendedDays == null ? 0 : extendedDays));
    }

    /** The longest a standard authorisation from {@code from} may run: its last day. */
    public static LocalDate latestEnd(LocalDate from) {
        return from.plusMonths(MAX_AUTHORISATION_MONTHS).minusDays(1);
    }

    /** A renewal should be requested by 28 days before the authorisation ends, so the decision lands in time. */
    public static LocalDate renewalRequestBy(LocalDate authorisedTo) {
        return authorisedTo.minusDays(28);
    }
}
