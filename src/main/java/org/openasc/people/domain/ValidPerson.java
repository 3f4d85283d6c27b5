package org.openasc.people.domain;

import java.time.LocalDate;
import java.util.List;

/** A person's details that have passed {@link PersonRules}, in stored form. */
public record ValidPerson(
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
        String visualImpairment, String hearingImpairment, String dementia) {

    public String searchName() {
        return SearchName.of(givenName, preferredName, familyName);
    }

    public String nameKey() {
        return SearchName.key(givenName, familyName);
    }
}
