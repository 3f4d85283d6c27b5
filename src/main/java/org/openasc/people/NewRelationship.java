package org.openasc.people;

import java.time.LocalDate;

import org.openasc.platform.codelist.Coded;

/** A relationship from this person to another: this person is {@code relationshipType} the other (e.g. "Unpaid carer of"). */
public record NewRelationship(String relatedPersonId, @Coded("relationship-type") String relationshipType, LocalDate startDate, LocalDate endDate, String notes) {
}
