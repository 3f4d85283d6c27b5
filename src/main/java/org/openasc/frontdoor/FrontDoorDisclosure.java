package org.openasc.frontdoor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.FrontDoorDisclosureQuery;
import org.openasc.platform.records.Disclosed;
import org.openasc.platform.records.ModuleDisclosure;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.DateDisplay;

/**
 * The front door's part of a subject access request: every contact about the person, every request for support with
 * how its stage, priority and allocation changed, and the check-ins and conversations held while they waited, whichever
 * team holds them. Whoever got in touch about the person is a third party, so they are named only in a passage.
 */
@Component
class FrontDoorDisclosure extends ModuleDisclosure<FrontDoorDisclosureQuery> {

    private static final DateDisplay DATES = new DateDisplay();

    FrontDoorDisclosure(FrontDoorDisclosureQuery query, StaffDirectory staff) {
        super(query, staff);
    }

    @Override
    protected void collect(UUID personId, Sections sections) {
        List<FrontDoorDisclosureQuery.Contact> contacts = query.contacts(personId);
        List<FrontDoorDisclosureQuery.Request> requests = query.requests(personId);
        sections.add("Contacts", contacts, FrontDoorDisclosure::contact);
        if (requests.isEmpty()) {
            return;
        }
        Map<UUID, List<FrontDoorDisclosureQuery.StageLine>> stages = query.stages(personId).stream()
                .collect(Collectors.groupingBy(FrontDoorDisclosureQuery.StageLine::requestId));
        Map<UUID, List<FrontDoorDisclosureQuery.PriorityLine>> priorities = query.priorities(personId).stream()
                .collect(Collectors.groupingBy(FrontDoorDisclosureQuery.PriorityLine::requestId));
        List<FrontDoorDisclosureQuery.AllocationLine> allocationLines = query.allocations(personId);
        Map<UUID, List<FrontDoorDisclosureQuery.AllocationLine>> allocations = allocationLines.stream()
                .collect(Collectors.groupingBy(FrontDoorDisclosureQuery.AllocationLine::requestId));
        List<FrontDoorDisclosureQuery.CheckIn> checkIns = query.checkIns(personId);
        List<FrontDoorDisclosureQuery.Conversation> conversations = query.conversations(personId);

        Map<Long, String> teams = allocationLines.isEmpty() ? Map.of() : teamNames();
        Map<String, String> names = staffNames(Stream.of(allocationLines.stream().map(FrontDoorDisclosureQuery.AllocationLine::worker),
                checkIns.stream().map(FrontDoorDisclosureQuery.CheckIn::recordedBy),
                conversations.stream().map(FrontDoorDisclosureQuery.Conversation::worker)).flatMap(s -> s));

        sections.add("Requests for support", requests, r -> request(r, stages.getOrDefault(r.id(), List.of()),
                priorities.getOrDefault(r.id(), List.of()), allocations.getOrDefault(r.id(), List.of()), teams, names));
        sections.add("Waiting-well check-ins", checkIns, c -> new Disclosed()
                .field("Held", c.heldOn())
                .field("Outcome", c.outcome())
                .field("Recorded by", name(names, c.recordedBy()))
                .passage("Notes", c.notes())
                .item("Check-in, request " + c.requestNumber(), c.heldOn()));
        sections.add("Conversations", conversations, c -> new Disclosed()
                .field("Held", c.heldOn())
                .field("Held by", name(names, c.worker()))
                .passage("What matters", c.whatMatters())
                .passage("Agreed", c.agreed())
                .passage("Next step", c.nextStep())
                .item("Conversation " + c.number() + ", request " + c.requestNumber(), c.heldOn()));
    }

    private static Item contact(FrontDoorDisclosureQuery.Contact c) {
        String whoGotInTouch = c.contactName() == null ? c.contactPhone()
                : c.contactPhone() == null ? c.contactName() : c.contactName() + ", " + c.contactPhone();
        return new Disclosed()
                .field("Received", c.receivedOn())
                .field("How the contact came in", c.channel())
                .field("Who made the contact", c.source())
                .field("Outcome", c.outcome())
                .field("Layer of need", c.layer() == null ? null : Character.toUpperCase(c.layer().charAt(0)) + c.layer().substring(1))
                .field("Request for support", c.requestNumber() == null ? null : "Request " + c.requestNumber())
                .passage("Who got in touch", whoGotInTouch)
                .passage("How the person was described", c.unknownPerson())
                .passage("Why they got in touch", c.reason())
                .passage("Signposted to", c.signpostedTo())
                .passage("Passed to", c.passedTo())
                .item("Contact " + c.contactNumber(), c.receivedOn());
    }

    /** The request with its stages, priorities and allocations in the order they happened, each dated in its label. */
    private static Item request(FrontDoorDisclosureQuery.Request r, List<FrontDoorDisclosureQuery.StageLine> stages,
                                List<FrontDoorDisclosureQuery.PriorityLine> priorities, List<FrontDoorDisclosureQuery.AllocationLine> allocations,
                                Map<Long, String> teams, Map<String, String> names) {
        Disclosed record = new Disclosed()
                .field("Received", r.receivedOn())
                .field("Client type", r.clientType())
                .field("Existing client", r.existingClient())
                .field("Route of access", r.routeOfAccess())
                .passage("What for", r.summary());
        stages.forEach(s -> record.field("Stage from " + DATES.day(s.fromDate()), s.stage().label()));
        priorities.forEach(p -> record.field("Priority from " + DATES.day(p.fromDate()), p.priority().label())
                .passage("Reason for the priority from " + DATES.day(p.fromDate()), p.reason()));
        allocations.forEach(a -> record.field("Allocated from " + DATES.day(a.fromDate()), teams.getOrDefault(a.teamId(), "Team " + a.teamId())
                + (a.worker() == null ? ", no worker yet" : ", " + name(names, a.worker()))));
        return record
                .field("Assessment started", r.assessmentStartedOn())
                .field("Assessment completed", r.assessmentCompletedOn())
                .field("Closed", r.closedOn())
                .field("Outcome", r.outcome())
                .item("Request " + r.requestNumber(), r.receivedOn());
    }
}
