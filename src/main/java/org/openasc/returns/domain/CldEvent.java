package org.openasc.returns.domain;

import static org.openasc.returns.domain.CldFields.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of a Client Level Data file read as typed values, for the tables and measures DHSC computes from the file:
 * the same rows the file carries, so what the council sends and what it is measured on cannot differ.
 */
public record CldEvent(String personId, String nhsNumber, LocalDate dateOfBirth, LocalDate dateOfDeath, String gender, String ethnicity,
                       String clientType, String supportReason, String accommodation, String employment, String hasUnpaidCarer,
                       String fundingStatus, String eventType, String eventRef, LocalDate start, LocalDate end, String outcome,
                       String routeOfAccess, String assessmentType, String serviceType, String serviceComponent, String deliveryMechanism,
                       String reviewReason, List<String> caredFor, String kind, UUID recordId, UUID personRecordId) {

    public static CldEvent of(CldQuery.Event e) {
        String[] v = e.values();
        return new CldEvent(get(v, PERSON_ID), get(v, NHS_NUMBER), CldRules.date(get(v, DATE_OF_BIRTH)), CldRules.date(get(v, DATE_OF_DEATH)),
                get(v, GENDER), get(v, ETHNICITY), get(v, CLIENT_TYPE), get(v, SUPPORT_REASON), get(v, ACCOMMODATION), get(v, EMPLOYMENT),
                get(v, HAS_CARER), get(v, FUNDING), get(v, EVENT_TYPE), get(v, EVENT_REFERENCE), CldRules.date(get(v, EVENT_START)),
                CldRules.date(get(v, EVENT_END)), get(v, EVENT_OUTCOME), get(v, ROUTE_OF_ACCESS), get(v, ASSESSMENT_TYPE), get(v, SERVICE_TYPE),
                get(v, SERVICE_COMPONENT), get(v, DELIVERY_MECHANISM), get(v, REVIEW_REASON),
                java.util.stream.Stream.of(get(v, ADULT_1), get(v, ADULT_2), get(v, ADULT_3)).filter(java.util.Objects::nonNull).toList(),
                e.kind(), e.recordId(), e.personId());
    }

    public boolean isService() {
        return "Service".equals(eventType);
    }

    public boolean isLongTerm() {
        return serviceType != null && serviceType.startsWith("Long term support:");
    }

    public boolean isServiceUser() {
        return "Service user".equals(clientType);
    }

    /** Whether the event was open on a day: started by it and not ended before it. */
    public boolean openOn(LocalDate day) {
        return start != null && !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** Age in whole years on a day, or null when the date of birth is not known. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : java.time.Period.between(dateOfBirth, day).getYears();
    }

    private static String get(String[] values, String column) {
        return CldRules.value(values, column);
    }
}
