package org.openasc.support;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.ListedPeople;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.RecordRefused;

/**
 * Whom and what a caller works on in care and support: the person (sealed or refused when restricted) and the teams whose
 * records they may change. Teams themselves are {@link SupportTeams}; money is {@link Pounds}.
 */
@Component
class SupportContext {

    private final PersonRecords people;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    SupportContext(PersonRecords people, StaffDirectory staff, AuditTrail audit) {
        this.people = people;
        this.staff = staff;
        this.audit = audit;
    }

    /** The person, if on the record and open to the caller; a missing id is a problem with the field. */
    PersonSummary person(UUID personId, List<FieldProblem> problems) {
        PersonSummary person = people.chosen(personId).orElse(null);
        if (person == null) {
            problems.add(new FieldProblem("personId", "Choose the person this is for: find them or create their record first"));
        }
        return person;
    }

    /** The people of a list in one lookup; a restricted person the caller may not open comes back sealed. */
    ListedPeople summaries(java.util.Collection<UUID> ids) {
        return people.forList(ids);
    }

    /**
     * Changes to a record a team is responsible for are for that team, the worker named on it and
     * those who work across the council: a practitioner may read another team's services for
     * continuity of care but not change their costs. A refusal is audited against the record.
     */
    void writable(String subject, UUID id, String ref, Long teamId, String worker, String what) {
        List<Long> teams = visibleTeams();
        String by = CurrentStaff.username();
        if (teams == null || teamId == null || teams.contains(teamId) || by.equals(worker)) {
            return;
        }
        audit.recordRegardless(by, Action.REFUSED, subject, id.toString(), ref, "Allocated to another team");
        throw RecordRefused.outsideTeam(what);
    }

    /** The caller's teams, or null for those who work across the council. */
    List<Long> visibleTeams() {
        if (CurrentStaff.hasRole(Role.PERFORMANCE) || CurrentStaff.hasRole(Role.SAFEGUARDING) || CurrentStaff.hasRole(Role.BROKERAGE)
                || CurrentStaff.hasRole(Role.FINANCE)) {
            return null;
        }
        return staff.teamIdsOf(CurrentStaff.username());
    }
}
