package org.openasc.people;

import java.util.List;

/** The outcome of creating a person: the new record and any existing records that may be the same person. */
public record PersonCreated(PersonView person, List<PersonSummary> possibleDuplicates) {
}
