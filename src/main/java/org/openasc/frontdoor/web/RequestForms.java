package org.openasc.frontdoor.web;

import java.time.LocalDate;
import java.util.List;

import org.openasc.frontdoor.RequestChanges;
import org.openasc.platform.web.DateParts;
import org.openasc.platform.web.FieldProblem;

/** The forms that change a request, as typed. Dates are day, month and year fields. */
final class RequestForms {

    private RequestForms() {
    }

    record PriorityForm(String priority, String reason, Integer version) {
        RequestChanges.PriorityDecision toDecision() {
            return new RequestChanges.PriorityDecision(priority, reason, null, version);
        }
    }

    record AllocationForm(Long teamId, String worker, Integer version) {
        RequestChanges.Allocation toAllocation() {
            return new RequestChanges.Allocation(teamId, worker, null, version);
        }
    }

    record CheckInForm(String heldOnDay, String heldOnMonth, String heldOnYear, String outcome, String notes) {
        RequestChanges.NewCheckIn toCheckIn(List<FieldProblem> problems) {
            LocalDate held = DateParts.read("heldOn", "The date of the check-in", heldOnDay, heldOnMonth, heldOnYear, problems);
            return new RequestChanges.NewCheckIn(held, outcome, notes);
        }
    }

    record ConversationForm(Integer number, String heldOnDay, String heldOnMonth, String heldOnYear, String whatMatters, String agreed,
                            String nextStep) {
        RequestChanges.NewConversation toConversation(List<FieldProblem> problems) {
            LocalDate held = DateParts.read("heldOn", "The date of the conversation", heldOnDay, heldOnMonth, heldOnYear, problems);
            return new RequestChanges.NewConversation(number, held, whatMatters, agreed, nextStep, null);
        }
    }

    record CloseForm(String outcome, String closedOnDay, String closedOnMonth, String closedOnYear, Integer version) {
        RequestChanges.Closure toClosure(List<FieldProblem> problems) {
            LocalDate closed = DateParts.read("closedOn", "The date the request closed", closedOnDay, closedOnMonth, closedOnYear, problems);
            return new RequestChanges.Closure(outcome, closed, version);
        }
    }

    static String day(LocalDate d) {
        return DateParts.day(d);
    }
}
