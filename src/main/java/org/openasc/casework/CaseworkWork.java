package org.openasc.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import org.openasc.casework.domain.NoteStore;
import org.openasc.casework.domain.SubjectAccessStore;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * A worker's draft case notes, oldest first (a draft is not yet part of the record, so it should not wait long), and for
 * customer relations the subject access requests to answer, soonest due first.
 */
@Component
class CaseworkWork extends ModuleWork<NoteStore> {

    private final SubjectAccessStore requests;
    private final PersonRecords people;

    CaseworkWork(NoteStore notes, SubjectAccessStore requests, PersonRecords people, Clock clock) {
        super(notes, clock, Role.PEOPLE_READERS.toArray(Role[]::new));
        this.requests = requests;
        this.people = people;
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        List<WorkList> lists = new java.util.ArrayList<>();
        drafts(today).ifPresent(lists::add);
        if (CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS)) {
            lists.add(subjectAccess(today));
        }
        return lists;
    }

    /** Subject access requests not yet answered, soonest due first: customer relations answer them. */
    private WorkList subjectAccess(LocalDate today) {
        List<SubjectAccessStore.Row> open = requests.open();
        ListedPeople who = people.forList(open.stream().limit(WorkList.SHOWN).map(SubjectAccessStore.Row::personId).toList());
        List<WorkItem> items = open.stream().limit(WorkList.SHOWN).map(r -> WorkItem.due("Subject access request " + r.requestNumber() + ": "
                + who.name(r.personId()), "/people/" + r.personId() + "/subject-access-requests#request-" + r.requestNumber(), "Answer",
                r.extendedTo() != null ? r.extendedTo() : r.dueOn(), today)).toList();
        return new WorkList("casework.subject-access-requests", "Subject access requests to answer", open.size(), "/subject-access-requests", items);
    }

    private java.util.Optional<WorkList> drafts(LocalDate today) {
        List<NoteStore.Row> drafts = store.draftsBy(CurrentStaff.username());
        if (drafts.isEmpty()) {
            return java.util.Optional.empty();
        }
        ListedPeople who = people.forList(drafts.stream().map(NoteStore.Row::personId).toList());
        List<WorkItem> items = drafts.stream().limit(WorkList.SHOWN).map(n -> WorkItem.waiting("Case note " + n.noteNumber() + ": "
                        + who.name(n.personId()), "/people/" + n.personId() + "/notes#note-" + n.noteNumber(), "Drafted",
                n.createdAt().atZone(Today.COUNCIL_ZONE).toLocalDate(), today)).toList();
        return java.util.Optional.of(new WorkList("casework.draft-notes", "Your draft case notes", drafts.size(), "/notes/drafts", items));
    }
}
