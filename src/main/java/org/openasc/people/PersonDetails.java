package org.openasc.people;

import java.time.LocalDate;
import java.util.List;

/**
 * What a member of staff enters about a person, for a new record or a correction. {@code version}
 * is the version the change was based on (ignored on create). Circumstance dates default to today.
 */
public record PersonDetails(
        String givenName, String familyName, String preferredName,
        LocalDate dateOfBirth, LocalDate dateOfDeath, String nhsNumber,
        String gender, String ethnicity,
        String addressLine1, String addressLine2, String town, String postcode,
        String gpPracticeCode, String gpPracticeName,
        String preferredLanguage, List<String> communicationNeeds, String communicationNotes,
        String phone, String email,
        String accommodationStatus, LocalDate accommodationStatusFrom,
        String employmentStatus, LocalDate employmentStatusFrom,
        String primarySupportReason, String hasUnpaidCarer, String autism,
        String visualImpairment, String hearingImpairment, String dementia,
        Integer version) {
}
