package org.openasc.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

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
 * Who may see a safeguarding record: the Safeguarding Adults Team, whoever raised the concern, and the
 * locality team an enquiry was transferred to. Refusals are audited like every read.
 */
@Component
class SafeguardingScope {

    static final ZoneId COUNCIL = ZoneId.of("Europe/London");

    private final StaffDirectory staff;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;

    SafeguardingScope(StaffDirectory staff, PersonRecords people, AuditTrail audit, Clock clock) {
        this.staff = staff;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(COUNCIL));
    }

    boolean wholeTeam() {
        return CurrentStaff.hasRole(Role.SAFEGUARDING);
    }

    /** The caller's teams, or null for the Safeguarding Adults Team, who see all. */
    List<Long> teams() {
        return wholeTeam() ? null : staff.teamIdsOf(CurrentStaff.username());
    }

    void check(String subject, UUID id, String ref, String raisedBy, Long enquiryTeam) {
        if (wholeTeam() || CurrentStaff.username().equals(raisedBy)
                || (enquiryTeam != null && staff.teamIdsOf(CurrentStaff.username()).contains(enquiryTeam))) {
            return;
        }
        audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, subject, id.toString(), ref, "Not the safeguarding team or the enquiry's team");
        throw new RecordRefused("This safeguarding record");
    }

    PersonSummary person(UUID personId, List<FieldProblem> problems) {
        if (personId == null) {
            problems.add(new FieldProblem("personId", "Choose the adult the concern is about: find them or create their record first"));
            return null;
        }
        PersonSummary person = people.summariesOf(Set.of(personId)).get(personId);
        if (person == null) {
            problems.add(new FieldProblem("personId", "There is no person with this ID: find them or create their record first"));
            return null;
        }
        if (person.restricted()) {
            throw new RecordRefused("The person's record");
        }
        return person;
    }

    String name(UUID personId) {
        PersonSummary p = people.summariesOf(Set.of(personId)).get(personId);
        return p == null ? null : p.fullName();
    }

    boolean teamExists(Long team) {
        return team != null && staff.teamExists(team);
    }
}
