package org.openasc.people;

import java.time.LocalDate;
import java.util.List;

import org.openasc.platform.codelist.Coded;

/**
 * What a member of staff enters about a person, for a new record or a correction. {@code version}
 * is the version the change was based on (ignored on create). Circumstance dates default to today.
 */
public record PersonDetails(
        String givenName, String familyName, String preferredName,
        LocalDate dateOfBirth, LocalDate dateOfDeath, String nhsNumber,
        @Coded("gender") String gender, @Coded("ethnicity") String ethnicity,
        String addressLine1, String addressLine2, String town, String postcode,
        String gpPracticeCode, String gpPracticeName,
        String preferredLanguage, @Coded("communication-need") List<String> communicationNeeds, String communicationNotes,
        String phone, String email,
        @Coded("accommodation-status") String accommodationStatus, LocalDate accommodationStatusFrom,
        @Coded("employment-status") String employmentStatus, LocalDate employmentStatusFrom,
        @Coded("primary-support-reason") String primarySupportReason, @Coded("has-unpaid-carer") String hasUnpaidCarer, @Coded("autism") String autism,
        @Coded("visual-impairment") String visualImpairment, @Coded("hearing-impairment") String hearingImpairment, @Coded("dementia") String dementia,
        Integer version) {
}
