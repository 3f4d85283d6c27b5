package org.openasc.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.openasc.feedback.domain.ComplaintStore;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;
import org.openasc.platform.work.WorkSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * Customer relations' work, as the workbench shows it: complaints waiting for a response against the due
 * date in force (the agreed one if the period was extended), overdue first; and complaints not yet
 * acknowledged, against the 3 working days. A complaint about a restricted person the caller may not open
 * is listed by number and clock without the complainant ("Restricted record"), as on the workbench.
 */
@Component
class FeedbackWork implements WorkSource {

    private final ComplaintStore store;
    private final PersonRecords people;
    private final Clock clock;

    FeedbackWork(ComplaintStore store, PersonRecords people, Clock clock) {
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<WorkList> work() {
        if (!CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS)) {
            return List.of();
        }
        LocalDate today = Today.on(clock);
        List<ComplaintStore.Row> responses = store.outstanding(WorkList.SHOWN);
        List<ComplaintStore.Row> acknowledgements = store.unacknowledged(WorkList.SHOWN);
        List<UUID> personIds = new ArrayList<>();
        List.of(responses, acknowledgements).forEach(rows -> rows.forEach(r -> personIds.add(r.personId())));
        ListedPeople persons = people.forList(personIds);
        Function<ComplaintStore.Row, String> title = r -> "Complaint " + r.complaintNumber() + ": "
                + (persons.sealed(r.personId()) ? persons.name(r.personId()) : r.complainant());
        return List.of(
                new WorkList("feedback.complaint-responses", "Complaints waiting for a response", store.countOutstanding(), "/feedback",
                        responses.stream().map(r -> WorkItem.due(title.apply(r), href(r), "Response", r.responseDueInForce(), today)).toList()),
                new WorkList("feedback.complaint-acknowledgements", "Complaints to acknowledge", store.countUnacknowledged(), "/feedback",
                        acknowledgements.stream().map(r -> WorkItem.due(title.apply(r), href(r), "Acknowledgement", r.acknowledgementDueOn(), today))
                                .toList()));
    }

    private static String href(ComplaintStore.Row r) {
        return "/feedback/complaints/" + r.id();
    }
}
