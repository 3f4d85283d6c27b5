package org.openasc.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.RecordRefused;
import org.openasc.platform.calendar.Today;

/** What every part of care and support checks the same way: the person, the team and worker, money, today, scope. */
@Component
class SupportContext {

    private final PersonRecords people;
    private final StaffDirectory staff;
    private final Clock clock;
    private final AuditTrail audit;

    SupportContext(PersonRecords people, StaffDirectory staff, Clock clock, AuditTrail audit) {
        this.people = people;
        this.staff = staff;
        this.clock = clock;
        this.audit = audit;
    }

    LocalDate today() {
        return Today.on(clock);
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

    /** A team must exist and a named worker must be in it. */
    void team(Long teamId, String worker, List<FieldProblem> problems) {
        if (teamId == null || !staff.teamExists(teamId)) {
            problems.add(new FieldProblem("teamId", "Choose the team responsible"));
        } else if (worker != null && !worker.isBlank() && !staff.isMember(worker.strip(), teamId)) {
            problems.add(new FieldProblem("worker", "The worker must be a member of the team responsible"));
        }
    }

    String teamName(long teamId) {
        return staff.allTeams().stream().filter(t -> t.id() == teamId).map(StaffDirectory.TeamView::name).findFirst().orElse("Team " + teamId);
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

    List<StaffDirectory.TeamView> teams() {
        return staff.allTeams();
    }

    /** Pounds and pence: not negative, at most two decimal places, below a ceiling. */
    static BigDecimal money(BigDecimal amount, String field, String what, BigDecimal max, boolean zeroAllowed, List<FieldProblem> problems) {
        if (amount == null) {
            problems.add(new FieldProblem(field, "Enter " + what + " in pounds, like 21.50"));
            return null;
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            problems.add(new FieldProblem(field, capital(what) + " must be " + (zeroAllowed ? "zero or more" : "more than zero")));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, capital(what) + " must be in pounds and pence, with at most 2 decimal places"));
            return null;
        }
        if (amount.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, capital(what) + " must be £" + max.toPlainString() + " or less"));
            return null;
        }
        return amount.setScale(2);
    }

    static void text(String value, String field, String what, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter " + what));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, capital(what) + " must be " + max + " characters or fewer"));
        }
    }


    static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
