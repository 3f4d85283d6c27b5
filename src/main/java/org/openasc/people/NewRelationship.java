package org.openasc.people;

import java.time.LocalDate;

/** A relationship from this person to another: this person is {@code relationshipType} the other (e.g. "Unpaid carer of"). */
public record NewRelationship(String relatedPersonId, String relationshipType, LocalDate startDate, LocalDate endDate, String notes) {
}
