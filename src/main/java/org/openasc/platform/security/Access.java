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

    /** Staff who log contacts and work requests: check-ins, conversations, assessments, closing. */
    public static final String WORK_REQUESTS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER')";

    /** Managers decide priority, allocate work and authorise eligibility decisions. */
    public static final String MANAGE_REQUESTS = "hasRole('TEAM_MANAGER')";

    /** Who sees performance figures: aggregates only, so councillors too. */
    public static final String SEE_FIGURES = "hasAnyRole('TEAM_MANAGER','PERFORMANCE','COUNCILLOR','DEMOCRATIC_SERVICES')";

    /** Who may drill from a figure down to the records behind it. */
    public static final String DRILL_DOWN = "hasAnyRole('TEAM_MANAGER','PERFORMANCE')";

    /** Staff who plan care and support, record services, reviews, direct payments and hospital discharges. */
    public static final String WORK_SUPPORT = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','BROKERAGE')";

    /** Brokerage sources home care packages: offers, acceptances and declines, zones and price levels. */
    public static final String BROKER = "hasRole('BROKERAGE')";

    /** Who raises safeguarding concerns: anyone working with people's records and the Safeguarding Adults Team. */
    public static final String RAISE_CONCERNS = "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SAFEGUARDING')";

    /** The Safeguarding Adults Team screens concerns and oversees enquiries. */
    public static final String SCREEN_CONCERNS = "hasRole('SAFEGUARDING')";

    /** Who works safeguarding enquiries: the team, and locality staff for enquiries transferred to their team (checked per record). */
    public static final String WORK_ENQUIRIES = "hasAnyRole('SAFEGUARDING','PRACTITIONER','TEAM_MANAGER')";

    /** Every staff role reads the provider register (no personal data); councillors get the market summary only. */
    public static final String READ_PROVIDERS =
            "hasAnyRole('PRACTITIONER','TEAM_MANAGER','SAFEGUARDING','DOLS','BROKERAGE','FINANCE','CUSTOMER_RELATIONS','PERFORMANCE','ADMIN')";

    /** Brokerage, commissioning and contracts staff keep the register, ratings and contract status. */
    public static final String MANAGE_PROVIDERS = "hasRole('BROKERAGE')";

    public static final String SEE_MARKET = "isAuthenticated()";

    public static final String ADMINISTER = "hasRole('ADMIN')";

    /** Bringing a council's records in from its previous system (a Client Level Data file): performance and administrators. */
    public static final String IMPORT_RECORDS = "hasAnyRole('PERFORMANCE','ADMIN')";

    /** Subject access requests (UK GDPR article 15): customer relations and team managers gather everything held on a person. */
    public static final String ANSWER_SUBJECT_ACCESS = "hasAnyRole('CUSTOMER_RELATIONS','TEAM_MANAGER')";

    /** Anyone, signed in or not: only the sign-in page and the pages that say a request was refused. */
    public static final String ANYONE = "permitAll()";

    /** Anyone signed in: used for national code lists and the calendar, which hold no personal data. */
    public static final String SIGNED_IN = "isAuthenticated()";

    private Access() {
    }
}
