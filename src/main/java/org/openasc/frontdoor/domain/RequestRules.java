package org.openasc.frontdoor.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.openasc.platform.web.FieldChecks;
import org.openasc.frontdoor.NewRequest;
import org.openasc.frontdoor.Priority;
import org.openasc.frontdoor.RequestChanges;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.web.FieldProblem;

/** The checks every change to a request must pass before anything is saved. */
public final class RequestRules {

    private RequestRules() {
    }

    public static void checkNew(NewRequest request, LocalDate today, CodeLists codes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.personId() == null) {
            problems.add(new FieldProblem("personId", "Select the person the request is about (find them or create their record first)"));
        }
        onList(codes, "client-type", request.clientType(), "clientType", "the client type", problems);
        onList(codes, "route-of-access", request.routeOfAccess(), "routeOfAccess", "the route of access", problems);
        date(request.receivedOn(), "receivedOn", "the date the request was received", today, null, problems);
        FieldChecks.text(request.summary(), "summary", "what the request is for", 2000, true, problems);
        FieldChecks.refuse(problems);
    }

    public static Priority checkPriority(RequestChanges.PriorityDecision decision, LocalDate receivedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Priority priority = Priority.parse(decision.priority());
        if (priority == null) {
            problems.add(new FieldProblem("priority", "Select a priority: urgent, high, medium or low"));
        }
        FieldChecks.text(decision.reason(), "reason", "why the request has this priority", 1000, true, problems);
        date(decision.decidedOn(), "decidedOn", "the date the priority was decided", today, receivedOn, problems);
        version(decision.version(), problems);
        FieldChecks.refuse(problems);
        return priority;
    }

    public static void checkClosure(RequestChanges.Closure closure, LocalDate receivedOn, LocalDate today, CodeLists codes) {
        List<FieldProblem> problems = new ArrayList<>();
        onList(codes, "event-outcome", closure.outcome(), "outcome", "the outcome of the request", problems);
        if (closure.closedOn() == null) {
            problems.add(new FieldProblem("closedOn", "Enter the date the request closed"));
        } else {
            date(closure.closedOn(), "closedOn", "the date the request closed", today, receivedOn, problems);
        }
        version(closure.version(), problems);
        FieldChecks.refuse(problems);
    }

    public static void checkCheckIn(RequestChanges.NewCheckIn checkIn, LocalDate receivedOn, LocalDate today, CodeLists codes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (checkIn.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "Enter the date of the check-in"));
        } else {
            date(checkIn.heldOn(), "heldOn", "the date of the check-in", today, receivedOn, problems);
        }
        onList(codes, "check-in-outcome", checkIn.outcome(), "outcome", "what came of the check-in", problems);
        FieldChecks.text(checkIn.notes(), "notes", "notes", 4000, false, problems);
        FieldChecks.refuse(problems);
    }

    public static void checkConversation(RequestChanges.NewConversation c, LocalDate receivedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.number() == null || c.number() < 1 || c.number() > 3) {
            problems.add(new FieldProblem("number", "Select conversation 1, 2 or 3"));
        }
        if (c.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "Enter the date of the conversation"));
        } else {
            date(c.heldOn(), "heldOn", "the date of the conversation", today, receivedOn, problems);
        }
        FieldChecks.text(c.whatMatters(), "whatMatters", "what matters to the person, in their words", 4000, true, problems);
        FieldChecks.text(c.agreed(), "agreed", "what was agreed", 4000, true, problems);
        FieldChecks.text(c.nextStep(), "nextStep", "the next step", 1000, true, problems);
        FieldChecks.refuse(problems);
    }

    static void version(Integer version, List<FieldProblem> problems) {
        if (version == null) {
            problems.add(new FieldProblem("version", "Send the version of the request you are changing (from when you opened it)"));
        }
    }

    public static void onList(CodeLists codes, String list, String value, String field, String what, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "Select " + what));
        } else if (!codes.isValid(list, value)) {
            problems.add(new FieldProblem(field, codes.notOnList(list, what)));
        }
    }

    /** A date that is not in the future and, where given, not before {@code notBefore}; null is allowed (it defaults). */
    public static void date(LocalDate date, String field, String what, LocalDate today, LocalDate notBefore, List<FieldProblem> problems) {
        if (date == null) {
            return;
        }
        String said = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (date.isAfter(today)) {
            problems.add(new FieldProblem(field, said + " must be today or in the past"));
        } else if (notBefore != null && date.isBefore(notBefore)) {
            problems.add(new FieldProblem(field, said + " cannot be before the request was received (" + notBefore + ")"));
        }
    }
}
