package org.openasc.safeguarding;

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
 * Who may see a safeguarding record: the Safeguarding Adults Team, whoever raised the concern, and the
 * locality team an enquiry was transferred to; and, when the person's record is restricted, only
 * those of them named on the restriction; and the people a list shows, sealed where restricted. Refusals are audited
 * like every read.
 */
@Component
class SafeguardingScope {

    private final StaffDirectory staff;
    private final PersonRecords people;
    private final AuditTrail audit;

    SafeguardingScope(StaffDirectory staff, PersonRecords people, AuditTrail audit) {
        this.staff = staff;
        this.people = people;
        this.audit = audit;
    }

    boolean wholeTeam() {
        return CurrentStaff.hasRole(Role.SAFEGUARDING);
    }

    /** The caller's teams, or null for the Safeguarding Adults Team, who see all. */
    List<Long> teams() {
        return wholeTeam() ? null : staff.teamIdsOf(CurrentStaff.username());
    }

    void check(String subject, UUID id, String ref, String raisedBy, Long enquiryTeam, UUID personId) {
        if (!works(raisedBy, enquiryTeam)) {
            audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, subject, id.toString(), ref, "Not the safeguarding team or the enquiry's team");
            throw RecordRefused.outsideTeam("This safeguarding record");
        }
        openable(personId, subject, id, ref);
    }

    /** Refuses, audited, a record about a restricted person the caller is not named on. */
    void openable(UUID personId, String subject, UUID id, String ref) {
        people.requireOpenable(personId, subject, id, ref);
    }

    /** Whether the caller works this record by role or team, before the person's restriction is considered. */
    boolean works(String raisedBy, Long enquiryTeam) {
        return wholeTeam() || CurrentStaff.username().equals(raisedBy)
                || (enquiryTeam != null && staff.teamIdsOf(CurrentStaff.username()).contains(enquiryTeam));
    }

    /** The people of a list of records in one lookup; a restricted person the caller may not open comes back sealed. */
    ListedPeople people(java.util.Collection<UUID> personIds) {
        return people.forList(personIds);
    }

    /** The person a new safeguarding record is about; a restricted one the caller is not named on is refused, audited. */
    PersonSummary person(UUID personId, List<FieldProblem> problems) {
        PersonSummary person = people.chosen(personId).orElse(null);
        if (person == null) {
            problems.add(new FieldProblem("personId", "Choose the adult this is about: find them or create their record first"));
        }
        return person;
    }

}
