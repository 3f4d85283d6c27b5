package org.openasc.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.feedback.domain.ComplaintStore;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.security.Role;
import org.openasc.platform.work.ModuleWork;
import org.openasc.platform.work.WorkItem;
import org.openasc.platform.work.WorkList;

/**
 * Customer relations' work, as the workbench shows it: complaints waiting for a response against the due
 * date in force (the agreed one if the period was extended), overdue first; and complaints not yet
 * acknowledged, against the 3 working days. A complaint about a restricted person the caller may not open
 * is listed by number and clock without the complainant ("Restricted record"), as on the workbench.
 */
@Component
class FeedbackWork extends ModuleWork<ComplaintStore> {

    private final PersonRecords people;

    FeedbackWork(ComplaintStore store, PersonRecords people, Clock clock) {
        super(store, clock, Role.CUSTOMER_RELATIONS);
        this.people = people;
    }

    @Override
    protected List<WorkList> lists(LocalDate today) {
        List<ComplaintStore.Row> responses = store.outstanding(WorkList.SHOWN);
        List<ComplaintStore.Row> acknowledgements = store.unacknowledged(WorkList.SHOWN);
        ListedPeople persons = people.forList(Stream.of(responses, acknowledgements).flatMap(List::stream)
                .map(ComplaintStore.Row::personId).toList());
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
