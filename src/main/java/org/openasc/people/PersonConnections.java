package org.openasc.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.people.domain.PersonStore;
import org.openasc.people.domain.RelationshipStore;
import org.openasc.people.domain.RestrictionStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.StaleVersion;

/** The people around a person (carers, next of kin, attorneys) and who may open a restricted record. */
@Service
public class PersonConnections {

    private final PersonRecords records;
    private final PersonStore people;
    private final RelationshipStore relationships;
    private final RestrictionStore restrictions;
    private final StaffDirectory staff;
    private final CodeLists codeLists;
    private final AuditTrail audit;
    private final Clock clock;

    PersonConnections(PersonRecords records, PersonStore people, RelationshipStore relationships, RestrictionStore restrictions,
                      StaffDirectory staff, CodeLists codeLists, AuditTrail audit, Clock clock) {
        this.records = records;
        this.people = people;
        this.relationships = relationships;
        this.restrictions = restrictions;
        this.staff = staff;
        this.codeLists = codeLists;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.WRITE_PEOPLE)
    @Transactional
    public RelationshipView addRelationship(UUID personId, NewRelationship relationship) {
        String by = CurrentStaff.username();
        PersonStore.PersonRow person = records.openable(personId, by);
        List<FieldProblem> problems = new ArrayList<>();
        PersonStore.PersonRow other = findOther(relationship.relatedPersonId(), problems);
        if (other != null && other.id().equals(personId)) {
            problems.add(new FieldProblem("relatedPersonId", "A person cannot have a relationship with themselves: enter the other person's council person ID"));
        }
        if (relationship.relationshipType() == null || !codeLists.isValid("relationship-type", relationship.relationshipType())) {
            problems.add(new FieldProblem("relationshipType", codeLists.notOnList("relationship-type", "the relationship")));
        }
        LocalDate today = Today.on(clock);
        if (relationship.startDate() != null && relationship.startDate().isAfter(today)) {
            problems.add(new FieldProblem("startDate", "Start date must be today or in the past"));
        }
        if (relationship.endDate() != null && relationship.startDate() != null && relationship.endDate().isBefore(relationship.startDate())) {
            problems.add(new FieldProblem("endDate", "End date must be the same as or after the start date"));
        }
        if (relationship.notes() != null && relationship.notes().length() > 1000) {
            problems.add(new FieldProblem("notes", "Notes must be 1000 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        records.openable(other.id(), by);
        long id = relationships.add(personId, other.id(), relationship.relationshipType(), relationship.startDate(),
                relationship.endDate(), FieldChecks.trimmed(relationship.notes()), by);
        String detail = "Relationship added: " + relationship.relationshipType();
        audit.record(by, Action.CHANGED, PersonRecords.SUBJECT, personId.toString(), String.valueOf(person.personNumber()), detail);
        audit.record(by, Action.CHANGED, PersonRecords.SUBJECT, other.id().toString(), String.valueOf(other.personNumber()), detail);
        return RelationshipDescriptions.from(personId, relationships.involving(personId), people, by, today).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Seals a record to the named staff (the person restricting it is always included) or unseals it. */
    @PreAuthorize(Access.RESTRICT_PEOPLE)
    @Transactional
    public PersonView restrict(UUID personId, Restriction restriction) {
        String by = CurrentStaff.username();
        PersonStore.PersonRow person = records.openable(personId, by);
        List<FieldProblem> problems = new ArrayList<>();
        if (restriction.restricted() == null) {
            problems.add(new FieldProblem("restricted", "Say whether the record is restricted (true or false)"));
        }
        if (restriction.version() == null) {
            problems.add(new FieldProblem("version", "Send the version of the record you are changing"));
        }
        boolean restricted = Boolean.TRUE.equals(restriction.restricted());
        Set<String> users = new LinkedHashSet<>();
        if (restricted) {
            if (restriction.reason() == null || restriction.reason().isBlank()) {
                problems.add(new FieldProblem("reason", "Enter why the record is restricted"));
            } else if (restriction.reason().length() > 500) {
                problems.add(new FieldProblem("reason", "Reason must be 500 characters or fewer"));
            }
            users.add(by);
            for (String user : restriction.allowedUsers() == null ? List.<String>of() : restriction.allowedUsers()) {
                if (user == null || user.isBlank()) {
                    continue;
                }
                if (!staff.exists(user)) {
                    problems.add(new FieldProblem("allowedUsers", "There is no staff account called " + user.trim() + ": check the username"));
                }
                users.add(user.trim().toLowerCase());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!restrictions.apply(personId, restriction.version(), restricted, restricted ? restriction.reason().strip() : null,
                List.copyOf(users), by)) {
            throw new StaleVersion("This person's record");
        }
        audit.record(by, Action.RESTRICTED, PersonRecords.SUBJECT, personId.toString(), String.valueOf(person.personNumber()),
                restricted ? "Restricted to " + String.join(", ", users) : "Restriction removed");
        return records.view(people.find(personId).orElseThrow(), by);
    }

    private PersonStore.PersonRow findOther(String reference, List<FieldProblem> problems) {
        String ref = reference == null ? "" : reference.strip();
        UUID id = null;
        if (ref.matches("[0-9]{1,9}")) {
            id = people.idOfPersonNumber(Long.parseLong(ref)).orElse(null);
        } else {
            try {
                id = UUID.fromString(ref);
            } catch (IllegalArgumentException ignored) {
                id = null;
            }
        }
        PersonStore.PersonRow other = id == null ? null : people.find(id).orElse(null);
        if (other == null) {
            problems.add(new FieldProblem("relatedPersonId", ref.isEmpty()
                    ? "Enter the council person ID of the other person"
                    : "No person has the council person ID " + ref + ": search for them first, or create their record"));
        }
        return other;
    }
}
