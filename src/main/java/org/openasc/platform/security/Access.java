package org.openasc.platform.security;

/**
 * The role expressions used in {@code @PreAuthorize} on module services, named once so every
 * door (page and API) is guarded by the same rule.
 */
public final class Access {

    /** Staff who work with people's records; administrators and councillors are not among them. */
    public static final String READ_PEOPLE =
            "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SAFEGUARDING','DOLS','BROKERAGE','FINANCE','CUSTOMER_RELATIONS','PERFORMANCE')";

    /** Staff who create and correct people's records. */
    public static final String WRITE_PEOPLE =
            "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SAFEGUARDING','DOLS','BROKERAGE','FINANCE','CUSTOMER_RELATIONS')";

    /** Staff who may seal a record to named colleagues. */
    public static final String RESTRICT_PEOPLE = "hasAnyRole('TEAM_MANAGER','SAFEGUARDING')";

    public static final String ADMINISTER = "hasRole('ADMIN')";

    /** Anyone signed in: used for national code lists and the calendar, which hold no personal data. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
