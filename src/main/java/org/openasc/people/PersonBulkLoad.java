package org.openasc.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.calendar.Today;
import org.openasc.people.domain.BulkPersonWriter;
import org.openasc.people.domain.PersonRules;
import org.openasc.people.domain.ValidPerson;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * Loads many person records at once, with the same rules as one-at-a-time entry, for moving a
 * council's records from a legacy system and for the synthetic demo council. All or nothing:
 * one invalid record refuses the whole batch.
 */
@Service
@WithoutStaffCheck("loads synthetic and benchmark records in bulk for the demo council and bench commands, with nobody signed in")
public class PersonBulkLoad {

    /** A relationship between two loaded people, by their position in the loaded list. */
    public record Link(int person, int related, String relationshipType, LocalDate startDate) {
    }

    private final BulkPersonWriter writer;
    private final CodeLists codeLists;
    private final AuditTrail audit;
    private final Clock clock;

    PersonBulkLoad(BulkPersonWriter writer, CodeLists codeLists, AuditTrail audit, Clock clock) {
        this.writer = writer;
        this.codeLists = codeLists;
        this.audit = audit;
        this.clock = clock;
    }

    /** After a large load, refreshes the planner's statistics so searches are planned for the new size at once. */
    public void refreshStatistics() {
        writer.analyse();
    }

    /** Loads the people and links; returns their new ids in the order given. Runs as the caller named in {@code by}. */
    @Transactional
    public List<UUID> load(List<PersonDetails> people, List<Link> links, String by) {
        LocalDate today = Today.on(clock);
        List<ValidPerson> valid = new ArrayList<>(people.size());
        for (PersonDetails details : people) {
            valid.add(PersonRules.check(details, today, codeLists));
        }
        List<UUID> ids = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            ids.add(UUID.randomUUID());
        }
        List<Long> numbers = writer.insertAll(ids, valid, by);
        writer.relateAll(links.stream().map(l -> new BulkPersonWriter.Relation(ids.get(l.person()), ids.get(l.related()),
                l.relationshipType(), l.startDate())).toList(), by);
        List<AuditTrail.Event> events = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            events.add(new AuditTrail.Event(by, AuditTrail.Action.CREATED, PersonRecords.SUBJECT, ids.get(i).toString(),
                    String.valueOf(numbers.get(i)), "Bulk load"));
        }
        audit.recordAll(events);
        return ids;
    }
}
