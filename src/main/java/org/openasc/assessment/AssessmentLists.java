package org.openasc.assessment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.assessment.AssessmentView.Kind;
import org.openasc.assessment.domain.AssessmentStore;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.Page;

/**
 * Assessments across people: those a worker is carrying out, and the eligibility determinations (needs and
 * carer's assessments) completed by the members of a manager's teams that await a manager's authorisation,
 * leaving out any the manager carried out, which another manager must authorise.
 */
@Service
public class AssessmentLists {

    private final AssessmentStore store;
    private final AssessmentViews assessments;
    private final PersonRecords people;
    private final StaffDirectory staff;
    private final CodeLists codes;
    private final AuditTrail audit;

    AssessmentLists(AssessmentStore store, AssessmentViews assessments, PersonRecords people, StaffDirectory staff, CodeLists codes, AuditTrail audit) {
        this.store = store;
        this.assessments = assessments;
        this.people = people;
        this.staff = staff;
        this.codes = codes;
        this.audit = audit;
    }

    /** The caller's assessments in progress, the longest running first. */
    @PreAuthorize(Access.WORK_REQUESTS)
    @Transactional
    public Page<ListedAssessment> inProgress(int page, int size) {
        Page<ListedAssessment> listed = readInProgress(page, size);
        audit.record(CurrentStaff.username(), Action.SEARCHED, Assessments.SUBJECT, null, null, "Assessments in progress: " + listed.total() + " found");
        return listed;
    }

    /** Eligibility determinations in the caller's teams awaiting authorisation, the longest waiting first. */
    @PreAuthorize(Access.MANAGE_REQUESTS)
    @Transactional
    public Page<ListedAssessment> awaitingAuthorisation(int page, int size) {
        Page<ListedAssessment> listed = readAwaitingAuthorisation(page, size);
        audit.record(CurrentStaff.username(), Action.SEARCHED, Assessments.SUBJECT, null, null,
                "Assessments awaiting authorisation: " + listed.total() + " found");
        return listed;
    }

    /** As {@link #inProgress}, without recording a search: a work list names assessments, it opens none. */
    Page<ListedAssessment> readInProgress(int page, int size) {
        String me = CurrentStaff.username();
        return listed(store.inProgress(me, size, offset(page, size)), page, size, store.countInProgress(me));
    }

    /** As {@link #awaitingAuthorisation}, without recording a search. */
    Page<ListedAssessment> readAwaitingAuthorisation(int page, int size) {
        String me = CurrentStaff.username();
        Set<String> types = decisionTypes();
        Set<String> workers = teamWorkers(me);
        return listed(store.awaitingAuthorisation(types, workers, me, size, offset(page, size)), page, size,
                store.countAwaitingAuthorisation(types, workers, me));
    }

    /** The assessment types whose determination a manager authorises (needs and carer's assessments), as {@code authorise} decides. */
    private Set<String> decisionTypes() {
        Set<String> types = new LinkedHashSet<>();
        codes.list("assessment-type").ifPresent(list -> list.values().forEach(v -> {
            Kind kind = assessments.kind(v.value());
            if (kind == Kind.NEEDS || kind == Kind.CARER) {
                types.add(v.value());
            }
        }));
        return types;
    }

    /** Everyone in the caller's teams (one lookup per team the caller is in). */
    private Set<String> teamWorkers(String me) {
        Set<String> workers = new LinkedHashSet<>();
        staff.teamIdsOf(me).forEach(team -> staff.membersOf(team).forEach(c -> workers.add(c.username())));
        return workers;
    }

    private Page<ListedAssessment> listed(List<AssessmentStore.Listed> rows, int page, int size, long total) {
        ListedPeople names = people.forList(rows.stream().map(AssessmentStore.Listed::personId).toList());
        Map<String, String> workers = staff.displayNames(rows.stream().map(AssessmentStore.Listed::worker).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return new Page<>(rows.stream().map(r -> new ListedAssessment(r.id(), r.assessmentNumber(), r.personId(),
                names.get(r.personId()) != null ? names.name(r.personId()) : "Unknown person", r.assessmentType(), r.startedOn(),
                r.completedOn(), r.worker(), workers.getOrDefault(r.worker(), r.worker()))).toList(), page, size, total);
    }

    private static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}
