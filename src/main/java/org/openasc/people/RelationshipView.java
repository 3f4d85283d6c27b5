package org.openasc.people;

import java.time.LocalDate;

/**
 * A relationship seen from one person's side: {@code description} reads as a sentence, such as
 * "Unpaid carer of" when this person cares for the other, or "Cared for by" for the reverse.
 */
public record RelationshipView(long id, String relationshipType, String description, PersonSummary otherPerson,
                               LocalDate startDate, LocalDate endDate, String notes, boolean current) {
}
