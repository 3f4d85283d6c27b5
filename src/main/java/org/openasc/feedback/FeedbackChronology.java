package org.openasc.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.platform.web.Labelled;
import org.openasc.feedback.domain.FeedbackChronologyQuery;
import org.openasc.feedback.domain.FeedbackChronologyQuery.ComplaintRow;
import org.openasc.feedback.domain.FeedbackChronologyQuery.ItemRow;
import org.openasc.people.PersonRecords;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;

/**
 * Feedback in a person's chronology: complaints about them received, passed to safeguarding, answered (with the outcome)
 * or withdrawn, and other feedback linked to them. Complaints are shown, as opening one is allowed, to customer relations
 * and to managers of the team concerned; other feedback to customer relations, who alone work it; none to anyone not named
 * on a restricted person's record.
 */
@Component
class FeedbackChronology extends ModuleChronology<FeedbackChronologyQuery> {

    private static final String MODULE = "feedback";
    private static final String COMPLAINT = "COMPLAINT";
    private static final String COMPLAINT_RESPONSE = "COMPLAINT_RESPONSE";
    private static final String FEEDBACK = "FEEDBACK";
    private static final Map<String, String> KINDS = Map.of("COMPLIMENT", "Compliment received", "COMMENT", "Comment received",
            "OMBUDSMAN", "Ombudsman contact received", "FOI", "Freedom of information request received");

    private final StaffDirectory staff;
    private final PersonRecords people;

    FeedbackChronology(FeedbackChronologyQuery query, StaffDirectory staff, PersonRecords people) {
        super(query, COMPLAINT, "Complaints", COMPLAINT_RESPONSE, "Complaint responses and withdrawals",
                FEEDBACK, "Compliments and other feedback");
        this.staff = staff;
        this.people = people;
    }

    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        boolean mayOpen = people.mayOpen(personId);
        boolean customerRelations = CurrentStaff.hasRole(Role.CUSTOMER_RELATIONS);
        List<ChronologyEntry> shown = new ArrayList<>();
        int withheld = 0;
        if (wanted.contains(COMPLAINT) || wanted.contains(COMPLAINT_RESPONSE)) {
            List<ComplaintRow> rows = query.complaints(personId, from, to, wanted.contains(COMPLAINT), wanted.contains(COMPLAINT_RESPONSE));
            List<Long> teams = customerRelations || !CurrentStaff.hasRole(Role.TEAM_MANAGER) || rows.isEmpty()
                    ? List.of() : staff.teamIdsOf(CurrentStaff.username());
            for (ComplaintRow c : rows) {
                List<ChronologyEntry> events = new ArrayList<>();
                String number = "Complaint " + c.complaintNumber();
                String link = "/feedback/complaints/" + c.id();
                if (wanted.contains(COMPLAINT) && within(c.receivedOn(), from, to)) {
                    events.add(ChronologyEntry.onDay(c.receivedOn(), COMPLAINT, "Complaint received",
                            number + ", " + c.serviceArea() + ": " + c.theme(), MODULE, link, false));
                }
                if (wanted.contains(COMPLAINT) && within(c.passedToSafeguardingOn(), from, to)) {
                    events.add(ChronologyEntry.onDay(c.passedToSafeguardingOn(), COMPLAINT, "Complaint passed to safeguarding", number, MODULE, link, false));
                }
                if (wanted.contains(COMPLAINT_RESPONSE) && within(c.respondedOn(), from, to)) {
                    events.add(ChronologyEntry.onDay(c.respondedOn(), COMPLAINT_RESPONSE, "Complaint answered: " + Labelled.labelOf(ComplaintOutcome.class, c.outcome()), number,
                            MODULE, link, false));
                }
                if (wanted.contains(COMPLAINT_RESPONSE) && within(c.withdrawnOn(), from, to)) {
                    events.add(ChronologyEntry.onDay(c.withdrawnOn(), COMPLAINT_RESPONSE, "Complaint withdrawn", number, MODULE, link, false));
                }
                if (mayOpen && (customerRelations || (c.teamId() != null && teams.contains(c.teamId())))) {
                    shown.addAll(events);
                } else {
                    withheld += events.size();
                }
            }
        }
        if (wanted.contains(FEEDBACK)) {
            for (ItemRow i : query.items(personId, from, to)) {
                if (mayOpen && customerRelations) {
                    shown.add(ChronologyEntry.onDay(i.receivedOn(), FEEDBACK, title(i), "Feedback " + i.itemNumber() + ", " + i.serviceArea(), MODULE,
                            null, false));
                } else {
                    withheld++;
                }
            }
        }
        return new Entries(shown, withheld);
    }

    private static String title(ItemRow i) {
        if ("MEMBER_ENQUIRY".equals(i.kind())) {
            return "MP".equals(i.memberType()) ? "MP enquiry received" : "Councillor enquiry received";
        }
        return KINDS.get(i.kind());
    }
}
