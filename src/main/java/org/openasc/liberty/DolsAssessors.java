package org.openasc.liberty;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.liberty.domain.AssessorQualification;
import org.openasc.platform.web.Labelled;
import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;

import static org.openasc.liberty.DolsApplications.WORK;

/** The DoLS team's list of Best Interests Assessors and mental health assessors, whom applications are allocated to. */
@Service
public class DolsAssessors {

    private final ApplicationStore store;
    private final AuditTrail audit;

    DolsAssessors(ApplicationStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @PreAuthorize(WORK)
    @Transactional
    public long addAssessor(DolsCommands.NewAssessor a) {
        List<FieldProblem> problems = new ArrayList<>();
        if (FieldChecks.trimmed(a.name()) == null || a.name().length() > 200) {
            problems.add(new FieldProblem("name", "Enter the assessor's name, 200 characters or fewer"));
        } else if (store.assessorNamed(a.name().strip())) {
            problems.add(new FieldProblem("name", a.name().strip() + " is already on the list"));
        }
        if (Labelled.of(AssessorQualification.class, a.qualification()) == null) {
            problems.add(new FieldProblem("qualification", "Choose Best Interests Assessor or mental health assessor"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = store.addAssessor(a.name().strip(), a.qualification());
        audit.record(CurrentStaff.username(), Action.CREATED, "dols-assessor", String.valueOf(id), null, a.qualification());
        return id;
    }

    @PreAuthorize(WORK)
    public List<ApplicationStore.AssessorRow> assessors() {
        return store.assessors();
    }
}
