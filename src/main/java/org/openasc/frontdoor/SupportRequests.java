package org.openasc.frontdoor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.web.FieldChecks;
import org.openasc.frontdoor.domain.CheckInSchedule;
import org.openasc.frontdoor.domain.RequestRules;
import org.openasc.frontdoor.domain.RequestStore;
import org.openasc.frontdoor.domain.RequestStore.RequestRow;
import org.openasc.frontdoor.domain.Versioned;
import org.openasc.platform.records.VersionClaims;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.RecordRefused;
import org.openasc.platform.calendar.Today;

/**
 * Requests for support from receipt to their CLD outcome: priority, allocation, waiting-well
 * check-ins, conversations and closure. Every change claims the version it was based on and is kept
 * in the request's history.
 */
@Service
public class SupportRequests {

    static final String SUBJECT = "request";
    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private final RequestStore requests;
    private final org.openasc.frontdoor.domain.ContactStore contacts;
    private final PersonRecords people;
    private final StaffDirectory staff;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final LongTermSupport longTermSupport;
    private final RequestScope scope;
    private final Clock clock;
    private final VersionClaims claims;

    SupportRequests(RequestStore requests, org.openasc.frontdoor.domain.ContactStore contacts, PersonRecords people, StaffDirectory staff,
                    CodeLists codes, AuditTrail audit, LongTermSupport longTermSupport, RequestScope scope, Clock clock, VersionClaims claims) {
        this.requests = requests;
        this.contacts = contacts;
        this.people = people;
        this.staff = staff;
        this.codes = codes;
        this.audit = audit;
        this.longTermSupport = longTermSupport;
        this.scope = scope;
        this.clock = clock;
        this.claims = claims;
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public RequestView create(NewRequest request) {
        return open(receive(request, null));
    }

    /** Receives a request (from a contact or directly); the caller's transaction holds. */
    UUID receive(NewRequest request, UUID contactId) {
        LocalDate today = today();
        RequestRules.checkNew(request, today, codes);
        PersonSummary person = personFor(request.personId());
        String by = CurrentStaff.username();
        LocalDate received = request.receivedOn() == null ? today : request.receivedOn();
        UUID id = UUID.randomUUID();
        boolean existing = longTermSupport.openOn(request.personId(), received);
        long number = requests.insert(id, request.personId(), contactId, request.clientType(), existing, request.routeOfAccess(),
                received, request.summary().strip(), by);
        requests.history(id, by, "Request received", request.clientType() + ", " + request.routeOfAccess() + ", received " + received
                + (existing ? " (existing client)" : " (new client)"));
        audit.record(by, Action.CREATED, SUBJECT, id.toString(), String.valueOf(number), "Council person ID " + person.personId());
        return id;
    }

    @PreAuthorize(Access.READ_PEOPLE)
    @Transactional
    public RequestView open(UUID id) {
        RequestRow row = visible(id);
        audit.record(CurrentStaff.username(), Action.VIEWED, SUBJECT, id.toString(), String.valueOf(row.requestNumber()), null);
        return view(row);
    }

    @PreAuthorize(Access.MANAGE_REQUESTS)
    @Transactional
    public RequestView prioritise(UUID id, RequestChanges.PriorityDecision decision) {
        RequestRow row = openRequest(id);
        LocalDate today = today();
        Priority priority = RequestRules.checkPriority(decision, row.receivedOn(), today);
        String by = claim(row, decision.version());
        LocalDate on = decision.decidedOn() == null ? today : decision.decidedOn();
        requests.setPriority(id, priority, decision.reason().strip(), on, by);
        requests.history(id, by, row.priority() == null ? "Prioritised" : "Re-prioritised",
                (row.priority() == null ? "" : row.priority().label() + " to ") + priority.label() + ": " + decision.reason().strip());
        restage(id, on, by);
        return open(id);
    }

    @PreAuthorize(Access.MANAGE_REQUESTS)
    @Transactional
    public RequestView allocate(UUID id, RequestChanges.Allocation allocation) {
        RequestRow row = openRequest(id);
        LocalDate today = today();
        List<org.openasc.platform.web.FieldProblem> problems = new java.util.ArrayList<>();
        if (allocation.teamId() == null || !staff.teamExists(allocation.teamId())) {
            problems.add(new org.openasc.platform.web.FieldProblem("teamId", "Select the team to allocate the request to"));
        }
        String worker = FieldChecks.trimmed(allocation.worker());
        if (worker != null) {
            worker = worker.toLowerCase();
            if (allocation.teamId() != null && !staff.isMember(worker, allocation.teamId())) {
                problems.add(new org.openasc.platform.web.FieldProblem("worker", "Select a worker who is a member of the team: " + worker + " is not"));
            }
        }
        RequestRules.date(allocation.allocatedOn(), "allocatedOn", "the date of allocation", today, row.receivedOn(), problems);
        if (allocation.version() == null) {
            problems.add(new org.openasc.platform.web.FieldProblem("version", "Send the version of the request you are changing (from when you opened it)"));
        }
        FieldChecks.refuse(problems);
        String by = claim(row, allocation.version());
        LocalDate on = allocation.allocatedOn() == null ? today : allocation.allocatedOn();
        requests.allocate(id, allocation.teamId(), worker, on, by);
        String teamName = teamName(allocation.teamId());
        requests.history(id, by, "Allocated", teamName + (worker == null ? " (no worker yet)" : ", worker " + worker));
        restage(id, on, by);
        return open(id);
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public RequestView checkIn(UUID id, RequestChanges.NewCheckIn checkIn) {
        RequestRow row = openRequest(id);
        RequestRules.checkCheckIn(checkIn, row.receivedOn(), today(), codes);
        String by = CurrentStaff.username();
        requests.addCheckIn(id, checkIn.heldOn(), checkIn.outcome(), FieldChecks.trimmed(checkIn.notes()), by);
        requests.history(id, by, "Check-in recorded", checkIn.heldOn() + ": " + checkIn.outcome());
        return open(id);
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public RequestView converse(UUID id, RequestChanges.NewConversation conversation) {
        RequestRow row = openRequest(id);
        RequestRules.checkConversation(conversation, row.receivedOn(), today());
        String by = CurrentStaff.username();
        String worker = FieldChecks.trimmed(conversation.worker()) == null ? by : conversation.worker().strip().toLowerCase();
        if (!worker.equals(by) && !staff.exists(worker)) {
            throw new InvalidInput("worker", "Enter the username of the member of staff who held the conversation");
        }
        requests.addConversation(id, conversation.number(), conversation.heldOn(), conversation.whatMatters().strip(),
                conversation.agreed().strip(), conversation.nextStep().strip(), worker, by);
        requests.history(id, by, "Conversation " + conversation.number() + " held", conversation.heldOn() + " by " + worker);
        restage(id, conversation.heldOn(), by);
        return open(id);
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public RequestView close(UUID id, RequestChanges.Closure closure) {
        RequestRow row = openRequest(id);
        RequestRules.checkClosure(closure, row.receivedOn(), today(), codes);
        String by = claim(row, closure.version());
        closeWith(id, closure.outcome(), closure.closedOn(), by, null);
        return open(id);
    }

    /** Closes a request with its CLD outcome, the contacts that opened it taking its layer; {@code why} adds to the history. */
    void closeWith(UUID id, String outcome, LocalDate on, String by, String why) {
        requests.close(id, outcome, on, by);
        contacts.requestClosed(id, outcome);
        requests.history(id, by, "Closed", on + ": " + outcome + (why == null ? "" : " (" + why + ")"));
    }

    /** The person's requests, newest first, for their record. */
    @PreAuthorize(Access.READ_PEOPLE)
    public List<RequestView> requestsOf(UUID personId) {
        PersonSummary person = people.summaryOf(personId);
        List<Long> teams = scope.teams();
        return views(requests.ofPerson(personId).stream().filter(r -> RequestScope.covers(teams, r.teamId(), r.worker())).toList(), person);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public Map<Priority, Integer> checkInIntervals() {
        return requests.checkInIntervals();
    }

    @PreAuthorize(Access.ADMINISTER)
    @Transactional
    public Map<Priority, Integer> setCheckInIntervals(Map<String, Integer> days) {
        List<org.openasc.platform.web.FieldProblem> problems = new java.util.ArrayList<>();
        Map<Priority, Integer> valid = new java.util.EnumMap<>(Priority.class);
        days.forEach((name, value) -> {
            Priority p = Priority.parse(name);
            if (p == null) {
                problems.add(new org.openasc.platform.web.FieldProblem(name, "Name a priority: urgent, high, medium or low"));
            } else if (value == null || value < 1 || value > 365) {
                problems.add(new org.openasc.platform.web.FieldProblem(name, "Enter a number of days from 1 to 365"));
            } else {
                valid.put(p, value);
            }
        });
        FieldChecks.refuse(problems);
        String by = CurrentStaff.username();
        valid.forEach((p, d) -> {
            requests.setCheckInInterval(p, d);
            audit.record(by, Action.CHANGED, "check-in-interval", p.name(), p.label(), d + " days");
        });
        return requests.checkInIntervals();
    }

    RequestView view(RequestRow r) {
        return view(r, people.summaryOf(r.personId()));
    }

    private RequestView view(RequestRow r, PersonSummary person) {
        return views(List.of(r), person).get(0);
    }

    /** One person's requests with their check-ins, conversations, histories, workers and teams looked up once each, however many. */
    private List<RequestView> views(List<RequestRow> rows, PersonSummary person) {
        List<UUID> ids = rows.stream().map(RequestRow::id).toList();
        Map<UUID, List<RequestView.CheckIn>> checkIns = requests.checkIns(ids);
        Map<UUID, List<RequestView.Conversation>> conversations = requests.conversations(ids);
        Map<UUID, List<RequestView.HistoryLine>> history = requests.historyOf(ids);
        List<String> workers = rows.stream().map(RequestRow::worker).filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, String> workerNames = workers.isEmpty() ? Map.of() : staff.displayNames(workers);
        Map<Long, String> teamNames = rows.stream().allMatch(r -> r.teamId() == null) ? Map.of() : teamNames();
        CheckInSchedule schedule = new CheckInSchedule(requests.checkInIntervals());
        LocalDate today = today();
        return rows.stream().map(r -> view(r, person, today, schedule, r.worker() == null ? null : workerNames.getOrDefault(r.worker(), r.worker()),
                r.teamId() == null ? null : teamNames.getOrDefault(r.teamId(), "Team " + r.teamId()), checkIns.getOrDefault(r.id(), List.of()),
                conversations.getOrDefault(r.id(), List.of()), history.getOrDefault(r.id(), List.of()))).toList();
    }

    private RequestView view(RequestRow r, PersonSummary person, LocalDate today, CheckInSchedule schedule, String workerName, String teamName,
                             List<RequestView.CheckIn> checkIns, List<RequestView.Conversation> conversations, List<RequestView.HistoryLine> history) {
        LocalDate end = r.closedOn() != null ? r.closedOn() : today;
        long waiting = Math.max(0, ChronoUnit.DAYS.between(r.receivedOn(), end));
        LocalDate due = schedule.nextDue(r.stage(), r.priority(), r.prioritySetOn(), r.lastCheckInOn());
        return new RequestView(r.id(), r.requestNumber(), r.personId(), person, r.contactId(), r.clientType(), r.routeOfAccess(),
                r.existingClient(), r.receivedOn(), r.summary(), r.stage(), r.priority(), r.priorityReason(), r.teamId(),
                teamName, r.worker(), workerName, r.allocatedOn(), waiting, WaitBand.of(waiting),
                r.lastCheckInOn(), due, CheckInSchedule.overdue(due, today), r.assessmentStartedOn(), r.assessmentCompletedOn(),
                r.closedOn(), r.outcome(), r.layer(), r.version(), checkIns, conversations, history, r.createdAt(), r.createdBy());
    }

    private RequestRow visible(UUID id) {
        RequestRow row = requests.find(id).orElseThrow(() -> new NotFound("The request for support " + id));
        if (!scope.covers(row.teamId(), row.worker())) {
            audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, SUBJECT, id.toString(), String.valueOf(row.requestNumber()),
                    "Allocated to another team");
            throw RecordRefused.outsideTeam("Request " + row.requestNumber());
        }
        people.requireOpenable(row.personId(), SUBJECT, id, String.valueOf(row.requestNumber()));
        return row;
    }

    private RequestRow openRequest(UUID id) {
        RequestRow row = visible(id);
        if (row.stage() == Stage.CLOSED) {
            throw new InvalidInput("request", "Request " + row.requestNumber() + " closed on " + row.closedOn()
                    + " (" + row.outcome() + "): it cannot be changed. Open a new request if the person needs support again.");
        }
        return row;
    }

    private String claim(RequestRow row, Integer version) {
        return claims.claimChange(Versioned.SUPPORT_REQUEST, row.id(), row.version(), version, "Request " + row.requestNumber());
    }

    /** Works out the stage from what has now happened and records a move. */
    void restage(UUID id, LocalDate on, String by) {
        RequestRow row = requests.find(id).orElseThrow();
        Stage stage = Stage.of(row.closedOn() != null, row.assessmentStartedOn() != null || row.conversationHeld(),
                row.worker() != null, row.priority() != null);
        if (stage != row.stage()) {
            requests.stage(id, stage, on.isBefore(row.receivedOn()) ? row.receivedOn() : on, by);
            requests.history(id, by, "Stage changed", row.stage().label() + " to " + stage.label());
        }
    }

    private PersonSummary personFor(UUID personId) {
        return people.chosen(personId)
                .orElseThrow(() -> new InvalidInput("personId", "There is no person with this ID: find them or create their record first"));
    }

    private String teamName(long teamId) {
        return teamNames().getOrDefault(teamId, "Team " + teamId);
    }

    private Map<Long, String> teamNames() {
        return staff.allTeams().stream().collect(java.util.stream.Collectors.toMap(StaffDirectory.TeamView::id, StaffDirectory.TeamView::name));
    }

    LocalDate today() {
        return Today.on(clock);
    }
}
