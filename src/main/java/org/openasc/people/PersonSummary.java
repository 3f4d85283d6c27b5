package org.openasc.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person as a search result or link. For a restricted record the caller may not open, only
 * {@code id} is given and {@code restricted} is true: the page shows "Restricted record".
 */
public record PersonSummary(UUID id, String personId, String givenName, String familyName, String preferredName,
                            LocalDate dateOfBirth, LocalDate dateOfDeath, String postcode, String nhsNumber, boolean restricted) {

    public String fullName() {
        return restricted ? ListedPeople.RESTRICTED : givenName + " " + familyName;
    }

    /** A restricted person as someone not named on the restriction sees them: the id and nothing that identifies them. */
    static PersonSummary sealed(UUID id) {
        return new PersonSummary(id, null, null, null, null, null, null, null, null, true);
    }
}
