package org.openasc.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.people.domain.CircumstanceStore;
import org.openasc.platform.identity.NhsNumber;
import org.openasc.people.domain.PersonDisclosureQuery;
import org.openasc.people.domain.PersonStore;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;

/**
 * The person record's part of a subject access request: the person's details, their accommodation and employment over
 * time, and their relationships. Relationships name another person, so each is told in a passage for redaction review.
 */
@Component
class PersonDisclosure extends ModuleDisclosure<PersonDisclosureQuery> {

    private final PersonStore people;
    private final CircumstanceStore circumstances;

    PersonDisclosure(PersonStore people, CircumstanceStore circumstances, PersonDisclosureQuery query) {
        super(query, null);
        this.people = people;
        this.circumstances = circumstances;
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        PersonStore.PersonRow person = people.find(personId).orElse(null);
        if (person == null) {
            return;
        }
        sections.add("Person record", List.of(details(person)))
                .add("Accommodation and employment", circumstances.history(personId).stream()
                        .sorted(Comparator.comparing(CircumstanceStore.Line::validFrom).thenComparing(CircumstanceStore.Line::kind))
                        .map(PersonDisclosure::circumstance).toList())
                .add("Relationships", query.relationships(personId), PersonDisclosure::relationship);
    }

    private static Item details(PersonStore.PersonRow p) {
        return new Disclosed()
                .field("Council person ID", p.personNumber())
                .field("Given name", p.givenName())
                .field("Family name", p.familyName())
                .field("Preferred name", p.preferredName())
                .field("Date of birth", p.dateOfBirth())
                .field("Date of death", p.dateOfDeath())
                .field("NHS number", NhsNumber.display(p.nhsNumber()))
                .field("Gender", p.gender())
                .field("Ethnicity", p.ethnicity())
                .field("Address", joined(p.addressLine1(), p.addressLine2(), p.town(), p.postcode()))
                .field("Phone", p.phone())
                .field("Email", p.email())
                .field("GP practice", joined(p.gpPracticeName(), p.gpPracticeCode()))
                .field("Preferred language", p.preferredLanguage())
                .field("Communication needs", joined(p.communicationNeeds().toArray(String[]::new)))
                .field("Primary support reason", p.primarySupportReason())
                .field("Has an unpaid carer", p.hasUnpaidCarer())
                .field("Autism", p.autism())
                .field("Visual impairment", p.visualImpairment())
                .field("Hearing impairment", p.hearingImpairment())
                .field("Dementia", p.dementia())
                .field("Record restricted", p.restricted())
                .passage("Communication needs notes", p.communicationNotes())
                .passage("Why the record is restricted", p.restrictionReason())
                .item("Person record, council person ID " + p.personNumber(), LocalDate.ofInstant(p.createdAt(), Today.COUNCIL_ZONE));
    }

    private static Item circumstance(CircumstanceStore.Line line) {
        String title = CircumstanceStore.ACCOMMODATION.equals(line.kind()) ? "Accommodation status" : "Employment status";
        return new Disclosed().field("Status", line.value()).field("From", line.validFrom()).item(title, line.validFrom());
    }

    /** The relationship told from the side its type describes, as the person's record reads it ("Unpaid carer of"). */
    private static Item relationship(PersonDisclosureQuery.Relationship r) {
        String other = r.otherGivenName() + " " + r.otherFamilyName() + " (council person ID " + r.otherPersonNumber() + ")";
        String phrase = RelationshipDescriptions.fromSubject(r.relationshipType());
        String told = r.recordedOnThisPerson() ? "This person: " + phrase + " " + other : other + ": " + phrase + " this person";
        return new Disclosed()
                .field("Started", r.startDate())
                .field("Ended", r.endDate())
                .passage("Relationship", told)
                .passage("Notes", r.notes())
                .item("Relationship", r.startDate() != null ? r.startDate() : r.recordedOn());
    }

    /** The parts that were recorded, separated by commas; null when none was. */
    private static String joined(String... parts) {
        String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }
}
