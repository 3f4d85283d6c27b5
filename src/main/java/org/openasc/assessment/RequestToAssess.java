package org.openasc.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.records.LinkedRecords;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.RecordRefused;

/**
 * The request for support an assessment is started from, asked of the front door through the platform's
 * {@link LinkedRecords}, as a case note linked to a request asks: whom it is about, whether it has closed and whether the
 * caller may work it by the front door's own rule. Assessment uses no front-door type or view, because the front door
 * listens to assessment's events and the two modules would otherwise depend on each other (ADR 20).
 */
@Component
class RequestToAssess {

    static final String REQUEST = "REQUEST";

    private final List<LinkedRecords> modules;
    private final PersonRecords people;
    private final AuditTrail audit;

    RequestToAssess(List<LinkedRecords> modules, PersonRecords people, AuditTrail audit) {
        this.modules = modules;
        this.people = people;
        this.audit = audit;
    }

    /**
     * The person the request is about, if it is open and the caller may work it; a problem against {@code requestId}
     * (and null) if it does not exist or has closed. A request of another team, or about a restricted person the caller
     * is not named on, is refused and the refusal audited, as opening the request would be.
     */
    UUID personOf(UUID requestId, List<FieldProblem> problems) {
        Optional<LinkedRecords> frontDoor = modules.stream().filter(m -> m.kinds().contains(REQUEST)).findFirst();
        UUID person = frontDoor.flatMap(m -> m.personOf(REQUEST, requestId)).orElse(null);
        if (person == null || frontDoor.get().closed(REQUEST, requestId)) {
            problems.add(new FieldProblem("requestId", "Choose an open request for support (this one does not exist or has closed)"));
            return null;
        }
        people.requireOpenable(person, "request", requestId, null);
        if (!frontDoor.get().maySee(REQUEST, requestId)) {
            audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, "request", requestId.toString(), null, "Allocated to another team");
            throw RecordRefused.outsideTeam("This request for support");
        }
        return person;
    }
}
