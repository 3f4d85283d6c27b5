package org.openasc.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's record as staff see it, with current and past circumstances and relationships. */
public record PersonView(
        UUID id, String personId, String nhsNumber,
        String givenName, String familyName, String preferredName,
        LocalDate dateOfBirth, LocalDate dateOfDeath, Integer age,
        String gender, String ethnicity,
        String addressLine1, String addressLine2, String town, String postcode,
        String gpPracticeCode, String gpPracticeName,
        String preferredLanguage, List<String> communicationNeeds, String communicationNotes,
        String phone, String email,
        String accommodationStatus, LocalDate accommodationStatusFrom,
        String employmentStatus, LocalDate employmentStatusFrom,
        String primarySupportReason, String hasUnpaidCarer, String autism,
        String visualImpairment, String hearingImpairment, String dementia,
        boolean restricted, String restrictionReason, List<String> restrictedTo,
        List<Circumstance> circumstances, List<RelationshipView> relationships,
        List<PersonSummary> possibleDuplicates,
        int version, Instant createdAt, String createdBy, Instant changedAt, String changedBy) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** One dated line of accommodation or employment status history. */
    public record Circumstance(String kind, String value, LocalDate validFrom, Instant recordedAt, String recordedBy) {
    }
}
