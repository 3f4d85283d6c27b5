package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.openasc.frontdoor.domain.FrontDoorChronologyQuery;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.staff.StaffDirectory;

/**
 * The front door's part of a person's chronology: contacts, requests for support and what happened to
 * them while the person waited. A request and its history are seen only by those who may open the
 * request (see {@link RequestScope}); the rest count as withheld.
 */
@Component
class FrontDoorChronology extends ModuleChronology<FrontDoorChronologyQuery> {

    static final String CONTACT = "CONTACT";
    static final String REQUEST = "REQUEST";
    static final String REQUEST_STAGE = "REQUEST_STAGE";
    static final String REQUEST_PRIORITY = "REQUEST_PRIORITY";
    static final String REQUEST_ALLOCATION = "REQUEST_ALLOCATION";
    static final String CHECK_IN = "CHECK_IN";
    static final String CONVERSATION = "CONVERSATION";
    private static final Set<String> REQUEST_TYPES = Set.of(REQUEST, REQUEST_STAGE, REQUEST_PRIORITY, REQUEST_ALLOCATION, CHECK_IN, CONVERSATION);
    /** Request outcomes that record a death or a hospital admission. */
    private static final Set<String> SIGNIFICANT_OUTCOMES = Set.of("NFA: Deceased", "Admitted to hospital");
    private static final String MODULE = "frontdoor";

    private final RequestScope scope;
    private final StaffDirectory staff;

    FrontDoorChronology(FrontDoorChronologyQuery query, RequestScope scope, StaffDirectory staff) {
        super(query, CONTACT, "Contacts", REQUEST, "Requests for support", REQUEST_STAGE, "Request stage changes",
                REQUEST_PRIORITY, "Request priorities", REQUEST_ALLOCATION, "Request allocations", CHECK_IN, "Waiting-well check-ins",
                CONVERSATION, "Conversations");
        this.scope = scope;
        this.staff = staff;
    }

    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        List<ChronologyEntry> shown = new ArrayList<>();
        if (wanted.contains(CONTACT)) {
            // Any case-working role opens a contact about a person whose record they may open.
            query.contacts(personId, from, to).forEach(c -> shown.add(new ChronologyEntry(c.receivedAt(), true, CONTACT,
                    "Contact received: " + c.outcome(), "From: " + c.source() + " (" + c.channel() + "). " + c.reason(), MODULE,
                    "/contacts/" + c.id(), false)));
        }
        if (wanted.stream().noneMatch(REQUEST_TYPES::contains)) {
            return new Entries(shown, 0);
        }
        RequestEntries requests = new RequestEntries(scope.teams(), CurrentStaff.username(), shown);
        if (wanted.contains(REQUEST)) {
            query.requests(personId, from, to).forEach(r -> {
                String link = "/requests/" + r.id();
                if (within(r.receivedOn(), from, to)) {
                    requests.add(r.teamId(), r.worker(), ChronologyEntry.onDay(r.receivedOn(), REQUEST, "Request received: " + r.routeOfAccess(),
                            "Request " + r.requestNumber() + ", " + r.clientType() + (r.existingClient() ? " (existing client)" : " (new client)")
                                    + ": " + r.summary(), MODULE, link, false));
                }
                if (r.closedOn() != null && within(r.closedOn(), from, to)) {
                    requests.add(r.teamId(), r.worker(), ChronologyEntry.onDay(r.closedOn(), REQUEST, "Request closed: " + r.outcome(),
                            "Request " + r.requestNumber(), MODULE, link, SIGNIFICANT_OUTCOMES.contains(r.outcome())));
                }
            });
        }
        if (wanted.contains(REQUEST_STAGE)) {
            query.stages(personId, from, to).forEach(s -> requests.add(s.teamId(), s.worker(), ChronologyEntry.onDay(s.fromDate(), REQUEST_STAGE,
                    "Request stage: " + s.stage().label(), "Request " + s.requestNumber(), MODULE, "/requests/" + s.requestId(), false)));
        }
        if (wanted.contains(REQUEST_PRIORITY)) {
            query.priorities(personId, from, to).forEach(p -> requests.add(p.teamId(), p.worker(), ChronologyEntry.onDay(p.fromDate(),
                    REQUEST_PRIORITY, "Request prioritised: " + p.priority().label(), "Request " + p.requestNumber() + ": " + p.reason(), MODULE,
                    "/requests/" + p.requestId(), false)));
        }
        if (wanted.contains(REQUEST_ALLOCATION)) {
            List<FrontDoorChronologyQuery.AllocationEvent> allocations = query.allocations(personId, from, to);
            Map<Long, String> teams = allocations.isEmpty() ? Map.of()
                    : staff.allTeams().stream().collect(Collectors.toMap(StaffDirectory.TeamView::id, StaffDirectory.TeamView::name));
            allocations.forEach(a -> requests.add(a.teamId(), a.worker(), ChronologyEntry.onDay(a.fromDate(), REQUEST_ALLOCATION,
                    "Request allocated: " + teams.getOrDefault(a.allocatedTeamId(), "Team " + a.allocatedTeamId()),
                    "Request " + a.requestNumber() + (a.allocatedWorker() == null ? ", no worker yet" : ", worker " + a.allocatedWorker()),
                    MODULE, "/requests/" + a.requestId(), false)));
        }
        if (wanted.contains(CHECK_IN)) {
            query.checkIns(personId, from, to).forEach(c -> requests.add(c.teamId(), c.worker(), ChronologyEntry.onDay(c.heldOn(), CHECK_IN,
                    "Waiting-well check-in: " + c.outcome(), "Request " + c.requestNumber() + (c.notes() == null ? "" : ": " + c.notes()),
                    MODULE, "/requests/" + c.requestId(), false)));
        }
        if (wanted.contains(CONVERSATION)) {
            query.conversations(personId, from, to).forEach(c -> requests.add(c.teamId(), c.worker(), ChronologyEntry.onDay(c.heldOn(),
                    CONVERSATION, "Conversation " + c.number() + " held", "Request " + c.requestNumber() + ", held by " + c.heldBy() + ". Agreed: "
                            + c.agreed(), MODULE, "/requests/" + c.requestId(), false)));
        }
        return new Entries(shown, requests.withheld);
    }

    /**
     * Entries about requests, shown when the caller may open the request and otherwise withheld: the rule of
     * {@link RequestScope#covers}, with the caller's teams read once rather than once an entry.
     */
    private static final class RequestEntries {

        private final List<Long> teams;
        private final String caller;
        private final List<ChronologyEntry> shown;
        private int withheld;

        RequestEntries(List<Long> teams, String caller, List<ChronologyEntry> shown) {
            this.teams = teams;
            this.caller = caller;
            this.shown = shown;
        }

        void add(Long teamId, String worker, ChronologyEntry entry) {
            if (teams == null || teamId == null || teams.contains(teamId) || caller.equals(worker)) {
                shown.add(entry);
            } else {
                withheld++;
            }
        }
    }
}
