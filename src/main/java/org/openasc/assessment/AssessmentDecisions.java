package org.openasc.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.assessment.AssessmentView.Kind;
import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.assessment.domain.AssessmentStore.Row;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

import static org.openasc.assessment.Assessments.SUBJECT;

/** Completing an assessment (with its eligibility determination and what followed) and a second manager's authorisation of it. */
@Service
public class AssessmentDecisions {

    private final AssessmentStore store;
    private final AssessmentViews views;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentDecisions(AssessmentStore store, AssessmentViews views, CodeLists codes, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.views = views;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public AssessmentView complete(UUID id, AssessmentCommands.Completion completion) {
        Row row = views.changeable(id);
        Kind kind = views.kind(row.assessmentType());
        List<FieldProblem> problems = new ArrayList<>();
        if (completion.completedOn() == null) {
            problems.add(new FieldProblem("completedOn", "Enter the date the assessment was completed"));
        } else if (completion.completedOn().isBefore(row.startedOn())) {
            problems.add(new FieldProblem("completedOn", "The assessment cannot be completed (" + completion.completedOn()
                    + ") before it started (" + row.startedOn() + ")"));
        } else if (completion.completedOn().isAfter(today())) {
            problems.add(new FieldProblem("completedOn", "The date the assessment was completed must be today or in the past"));
        }
        if (completion.version() == null) {
            problems.add(new FieldProblem("version", "Send the version of the assessment you are completing"));
        }
        if (kind != Kind.FINANCIAL && row.method() == null) {
            problems.add(new FieldProblem("method", "Record the method of assessment before completing it"));
        }
        if ((kind == Kind.NEEDS || kind == Kind.CARER) && row.eligible() == null) {
            problems.add(new FieldProblem("outcomes", "Answer every eligibility question before completing: the determination is not yet made"));
        }
        String outcome = FieldChecks.trimmed(completion.outcome());
        if (outcome != null && (kind == Kind.CAPACITY || !codes.isValid("event-outcome", outcome))) {
            problems.add(new FieldProblem("outcome", kind == Kind.CAPACITY ? "A capacity assessment has no Client Level Data outcome: leave it blank"
                    : codes.notOnList("event-outcome", "what followed the assessment")));
        }
        if (kind == Kind.CAPACITY) {
            if (row.decisionInQuestion() == null) {
                problems.add(new FieldProblem("capacity.decision", "Record the decision the capacity assessment is about"));
            }
            if (row.lacksCapacity() == null) {
                problems.add(new FieldProblem("capacity.impairment", "Answer both stages of the capacity test before completing"));
            } else if (row.lacksCapacity() && row.bestInterestsDecision() == null) {
                problems.add(new FieldProblem("capacity.bestInterestsDecision", "The person lacks capacity for this decision: record the best-interests decision"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String by = views.claim(row, completion.version());
        String eni = kind == Kind.NEEDS || kind == Kind.CARER ? (row.eligible() ? "Yes" : "No") : null;
        store.complete(id, completion.completedOn(), eni, outcome);
        store.history(id, by, "Completed", completion.completedOn() + (eni == null ? "" : "; eligible needs identified: " + eni)
                + (outcome == null ? "" : "; outcome: " + outcome));
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.assessmentNumber()), "Completed");
        events.publishEvent(new AssessmentCompleted(id, row.assessmentNumber(), row.personId(), row.requestId(), row.assessmentType(),
                row.startedOn(), completion.completedOn(), eni, outcome, by));
        return views.view(store.find(id).orElseThrow(), views.visiblePerson(row));
    }

    /** A manager authorises a completed eligibility determination; nobody authorises their own. */
    @PreAuthorize(Access.MANAGE_REQUESTS)
    @Transactional
    public AssessmentView authorise(UUID id, AssessmentCommands.Authorisation authorisation) {
        Row row = store.find(id).orElseThrow(() -> new NotFound("The assessment " + id));
        views.visiblePerson(row);
        Kind kind = views.kind(row.assessmentType());
        String by = CurrentStaff.username();
        if (kind != Kind.NEEDS && kind != Kind.CARER) {
            throw new InvalidInput("assessment", "Only eligibility determinations (needs and carer's assessments) are authorised");
        }
        if (row.completedOn() == null) {
            throw new InvalidInput("assessment", "Complete the assessment before it is authorised");
        }
        if (row.authorisedBy() != null) {
            throw new InvalidInput("assessment", "Already authorised by " + row.authorisedBy());
        }
        if (row.eligible() == null) {
            // An assessment ended when the person died, or completed before any outcome was answered, determined nothing.
            throw new InvalidInput("assessment", "The assessment determined no eligibility, so there is nothing to authorise");
        }
        if (by.equals(row.worker()) || by.equals(row.createdBy())) {
            throw new InvalidInput("assessment", "Another manager must authorise an assessment you carried out");
        }
        views.claim(row, authorisation.version());
        store.authorise(id, by);
        store.history(id, by, "Authorised", row.eligible() ? "Eligible" : "Not eligible");
        audit.record(by, Action.CHANGED, SUBJECT, id.toString(), String.valueOf(row.assessmentNumber()), "Authorised");
        events.publishEvent(new AssessmentAuthorised(id, row.assessmentNumber(), row.personId(), row.requestId(), row.assessmentType(),
                row.startedOn(), row.completedOn(), row.eligible(), today(), by));
        return views.view(store.find(id).orElseThrow(), views.visiblePerson(row));
    }

    private LocalDate today() {
        return Today.on(clock);
    }
}
