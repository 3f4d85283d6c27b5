package org.openasc.returns.domain;

import java.util.List;
import java.util.Map;

/**
 * The Client Level Data Release 2 file's columns, in the specification's order and with its header spellings, and
 * the code list each coded column is checked against (case-sensitively). See ADR 19 for what was confirmed where.
 */
@org.springframework.modulith.NamedInterface("cld")
public final class CldFields {

    public static final String PERIOD_START = "Reporting Period Start Date";
    public static final String PERIOD_END = "Reporting Period End Date";
    public static final String NHS_NUMBER = "NHS Number";
    public static final String PERSON_ID = "LA Person Unique Identifier";
    public static final String GP_PRACTICE_NAME = "GP Practice Name";
    public static final String GP_PRACTICE = "GP Practice Code";
    public static final String GENDER = "Gender";
    public static final String ETHNICITY = "Ethnicity";
    public static final String DATE_OF_BIRTH = "Date of Birth";
    public static final String DATE_OF_DEATH = "Date of Death";
    public static final String CLIENT_TYPE = "Client Type";
    public static final String SUPPORT_REASON = "Primary Support Reason";
    public static final String POSTCODE = "Postcode";
    public static final String ACCOMMODATION = "Accommodation Status";
    public static final String EMPLOYMENT = "Employment Status";
    public static final String HAS_CARER = "Has Unpaid Carer";
    public static final String AUTISM = "Autism Spectrum Disorder (ASD)";
    public static final String VISUAL = "Visual Impairment";
    public static final String HEARING = "Hearing Impairment";
    public static final String DEMENTIA = "Dementia";
    public static final String FUNDING = "Client Funding Status";
    public static final String EVENT_TYPE = "Event Type";
    public static final String EVENT_REFERENCE = "Event Reference";
    public static final String EVENT_START = "Event Start Date";
    public static final String EVENT_END = "Event End Date";
    public static final String EVENT_DESCRIPTION = "Event Description";
    public static final String EVENT_OUTCOME = "Event Outcome";
    public static final String ROUTE_OF_ACCESS = "Request: Route of Access";
    public static final String ASSESSMENT_TYPE = "Assessment Type";
    public static final String ELIGIBLE_NEEDS = "Eligible Needs Identified";
    public static final String ASSESSMENT_METHOD = "Method of Assessment";
    public static final String HOURS_CARING = "Total Hrs Caring per week";
    public static final String ADULTS_CARED_FOR = "No. of adults being cared for";
    public static final String ADULT_1 = "Adult 1 Linked Person_ID";
    public static final String ADULT_2 = "Adult 2 Linked Person_ID";
    public static final String ADULT_3 = "Adult 3 Linked Person_ID";
    public static final String SERVICE_TYPE = "Service Type";
    public static final String SERVICE_COMPONENT = "Service Component";
    public static final String DELIVERY_MECHANISM = "Delivery Mechanism";
    public static final String CQC_LOCATION_NAME = "Provider CQC Location Name";
    public static final String CQC_LOCATION = "Provider CQC Location ID";
    public static final String REVIEW_REASON = "Review Reason";
    public static final String REVIEW_OUTCOMES = "Review Outcomes Achieved";
    public static final String REVIEW_METHOD = "Method of Review";
    public static final String UNIT_COST = "Unit Cost";
    public static final String COST_FREQUENCY = "Cost Frequency (Unit Type)";
    public static final String PLANNED_UNITS = "Planned units per week";

    public static final List<String> HEADER = List.of(PERIOD_START, PERIOD_END, NHS_NUMBER, PERSON_ID, GP_PRACTICE_NAME, GP_PRACTICE, GENDER, ETHNICITY,
            DATE_OF_BIRTH, DATE_OF_DEATH, CLIENT_TYPE, SUPPORT_REASON, POSTCODE, ACCOMMODATION, EMPLOYMENT, HAS_CARER, AUTISM, VISUAL, HEARING,
            DEMENTIA, FUNDING, EVENT_TYPE, EVENT_REFERENCE, EVENT_START, EVENT_END, EVENT_DESCRIPTION, EVENT_OUTCOME, ROUTE_OF_ACCESS,
            ASSESSMENT_TYPE, ELIGIBLE_NEEDS, ASSESSMENT_METHOD, HOURS_CARING, ADULTS_CARED_FOR, ADULT_1, ADULT_2, ADULT_3, SERVICE_TYPE,
            SERVICE_COMPONENT, DELIVERY_MECHANISM, CQC_LOCATION_NAME, CQC_LOCATION, REVIEW_REASON, REVIEW_OUTCOMES, REVIEW_METHOD, UNIT_COST, COST_FREQUENCY,
            PLANNED_UNITS);

    /** Coded columns and the list whose exact spellings they take. */
    public static final Map<String, String> LISTS = Map.ofEntries(Map.entry(GENDER, "gender"), Map.entry(ETHNICITY, "ethnicity"),
            Map.entry(CLIENT_TYPE, "client-type"), Map.entry(SUPPORT_REASON, "primary-support-reason"),
            Map.entry(ACCOMMODATION, "accommodation-status"), Map.entry(EMPLOYMENT, "employment-status"), Map.entry(HAS_CARER, "has-unpaid-carer"),
            Map.entry(AUTISM, "autism"), Map.entry(VISUAL, "visual-impairment"), Map.entry(HEARING, "hearing-impairment"),
            Map.entry(DEMENTIA, "dementia"), Map.entry(FUNDING, "client-funding-status"), Map.entry(EVENT_TYPE, "event-type"),
            Map.entry(EVENT_OUTCOME, "event-outcome"), Map.entry(ROUTE_OF_ACCESS, "route-of-access"), Map.entry(ASSESSMENT_TYPE, "assessment-type"),
            Map.entry(ELIGIBLE_NEEDS, "eligible-needs-identified"), Map.entry(ASSESSMENT_METHOD, "method-of-assessment"),
            Map.entry(SERVICE_TYPE, "service-type"), Map.entry(SERVICE_COMPONENT, "service-component"),
            Map.entry(DELIVERY_MECHANISM, "delivery-mechanism"), Map.entry(REVIEW_REASON, "review-reason"),
            Map.entry(REVIEW_OUTCOMES, "review-outcomes-achieved"), Map.entry(REVIEW_METHOD, "review-method"),
            Map.entry(COST_FREQUENCY, "cost-frequency"));

    private CldFields() {
    }

    public static int index(String column) {
        return HEADER.indexOf(column);
    }
}
