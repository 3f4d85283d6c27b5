package org.openasc.committee;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.committee.domain.WorkProgrammeStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;

/** A committee's work programme: what it plans to consider at which meeting, who asked for it and where it stands. */
@Service
public class WorkProgramme {

    static final List<String> STATUSES = List.of("PLANNED", "CONFIRMED", "DEFERRED", "DONE");

    private final WorkProgrammeStore store;
    private final CommitteeStore committees;
    private final Reports reports;
    private final AuditTrail audit;

    WorkProgramme(WorkProgrammeStore store, CommitteeStore committees, Reports reports, AuditTrail audit) {
        this.store = store;
        this.committees = committees;
        this.reports = reports;
        this.audit = audit;
    }

    @PreAuthorize(Committees.WORK)
    @Transactional
    public WorkProgrammeView plan(UUID committeeId, CommitteeCommands.WorkItem w) {
        committees.committee(committeeId).orElseThrow(() -> new NotFound("The committee " + committeeId));
        reports.requireOfficer(committeeId);
        check(committeeId, w);
        UUID id = UUID.randomUUID();
        store.insert(id, committeeId, w.title().strip(), w.purpose(), FieldChecks.trimmed(w.leadOfficer()), FieldChecks.trimmed(w.requestedBy()), w.meetingId(),
                w.status() == null ? "PLANNED" : w.status(), FieldChecks.trimmed(w.deferredReason()), CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, "work-programme-item", id.toString(), null, w.title().strip());
        return view(store.find(id).orElseThrow());
    }

    @PreAuthorize(Committees.WORK)
    @Transactional
    public WorkProgrammeView change(UUID id, CommitteeCommands.WorkItem w) {
        WorkProgrammeStore.Row row = store.find(id).orElseThrow(() -> new NotFound("The work programme item " + id));
        reports.requireOfficer(row.committeeId());
        check(row.committeeId(), w);
        if (!store.update(id, Versions.required(w.version()), w.title().strip(), w.purpose(), FieldChecks.trimmed(w.leadOfficer()), FieldChecks.trimmed(w.requestedBy()),
                w.meetingId(), w.status() == null ? row.status() : w.status(), FieldChecks.trimmed(w.deferredReason()), CurrentStaff.username())) {
            throw new StaleVersion("The work programme item");
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "work-programme-item", id.toString(), null, w.status());
        return view(store.find(id).orElseThrow());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<WorkProgrammeView> of(UUID committeeId) {
        committees.committee(committeeId).orElseThrow(() -> new NotFound("The committee " + committeeId));
        return store.of(committeeId).stream().map(WorkProgramme::view).toList();
    }

    private void check(UUID committeeId, CommitteeCommands.WorkItem w) {
        FieldChecks checks = new FieldChecks().text(w.title(), "title", "the item's title", 300);
        checks.oneOf(w.purpose(), "purpose", Committees.PURPOSES.keySet().stream().sorted().toList());
        if (w.status() != null) {
            checks.oneOf(w.status(), "status", STATUSES);
        }
        boolean deferred = "DEFERRED".equals(w.status());
        if (deferred && FieldChecks.trimmed(w.deferredReason()) == null) {
            checks.add("deferredReason", "Say why the item is deferred");
        } else if (!deferred && FieldChecks.trimmed(w.deferredReason()) != null) {
            checks.add("deferredReason", "Only a deferred item has a reason for deferral");
        }
        if (w.meetingId() != null && committees.meeting(w.meetingId()).filter(m -> m.committeeId().equals(committeeId)).isEmpty()) {
            checks.add("meetingId", "Choose a meeting of this committee");
        }
        optional(w.leadOfficer(), "leadOfficer", checks);
        optional(w.requestedBy(), "requestedBy", checks);
        checks.orRefuse();
    }

    private static void optional(String value, String field, FieldChecks checks) {
        if (value != null && value.length() > 200) {
            checks.add(field, "Enter it in 200 characters or fewer");
        }
    }


    static WorkProgrammeView view(WorkProgrammeStore.Row r) {
        return new WorkProgrammeView(r.id(), r.committeeId(), r.title(), r.purpose(), Committees.PURPOSES.get(r.purpose()), r.leadOfficer(),
                r.requestedBy(), r.meetingId(), r.meetingStartsAt(), r.status(), r.deferredReason(), r.version());
    }
}
