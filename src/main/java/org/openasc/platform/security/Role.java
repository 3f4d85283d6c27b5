package org.openasc.platform.security;

/** What a member of staff may do; councillors see aggregates only, never personal data. */
public enum Role {
    PRACTITIONER("Practitioner"),
    TEAM_MANAGER("Team manager"),
    SAFEGUARDING("Safeguarding adults team"),
    DOLS("DoLS team"),
    BROKERAGE("Brokerage"),
    FINANCE("Finance"),
    CUSTOMER_RELATIONS("Customer relations"),
    PERFORMANCE("Performance and intelligence"),
    ADMIN("Administrator"),
    COUNCILLOR("Councillor"),
    DEMOCRATIC_SERVICES("Democratic services");

    /** Roles that work with people's records (see {@link Access#READ_PEOPLE}). */
    public static final java.util.Set<Role> PEOPLE_READERS = java.util.EnumSet.of(PRACTITIONER, TEAM_MANAGER, SAFEGUARDING,
            DOLS, BROKERAGE, FINANCE, CUSTOMER_RELATIONS, PERFORMANCE);

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
