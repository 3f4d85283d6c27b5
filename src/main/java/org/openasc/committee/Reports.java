package org.openasc.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.committee.domain.ReportStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;

/**
 * Reports to committees: drafted by the committee's officers from a template that reads the live
 * record, submitted, cleared by a clearing officer who did not write it, and published. Publishing
 * freezes the report: its snapshot, content hash and PDF are kept and the database refuses any later
 * change, so the paper stays what the committee read; its figures can be recomputed to show what has
 * been revised since ({@link ReportRevisions}). Councillors read published reports with small numbers suppressed; the PDF and
 * Word files are {@link ReportDownloads}.
 */
@Service
public class Reports {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportStore store;
    private final CommitteeStore committees;
    private final ReportTemplates templates;
    private final ReportDocuments documents;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final int suppressUpTo;

    Reports(ReportStore store, CommitteeStore committees, ReportTemplates templates, ReportDocuments documents, StaffDirectory staff,
            AuditTrail audit, Clock clock, org.springframework.core.env.Environment environment) {
        this.store = store;
        this.committees = committees;
        this.templates = templates;
        this.documents = documents;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.suppressUpTo = environment.getProperty("openasc.committee.suppress-up-to", Integer.class, 4);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public ReportView open(UUID id) {
        ReportStore.Row row = row(id);
        Place place = place(id);
        if (!ReportStatus.PUBLISHED.is(row.status())) {
            requireOfficer(place.committeeId());
            return view(row, place, templates.compute(parameters(row), Today.on(clock)), false);
        }
        if (place.item().exempt()) {
            requireSeesExempt(place.committeeId());
        }
        ReportSnapshot snapshot = snapshot(row);
        boolean suppressed = !isOfficer(place.committeeId());
        return view(row, place, suppressed ? SmallNumbers.suppress(snapshot.figures(), suppressUpTo) : snapshot.figures(), suppressed);
    }

    @PreAuthorize(Committees.WORK)
    @Transactional
    public ReportView write(UUID id, CommitteeCommands.ReportText text) {
        ReportStore.Row row = row(id);
        requireOfficer(place(id).committeeId());
        refusePublished(row);
        FieldChecks checks = new FieldChecks().text(text.title(), "title", "the report's title", 300);
        optional(text.purpose(), "purpose", "the purpose", 4000, checks);
        optional(text.background(), "background", "the background", 20000, checks);
        List<String> recommendations = text.recommendations() == null ? List.of() : text.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            checks.text(recommendations.get(i), "recommendations[" + i + "]", "recommendation " + (i + 1), 2000);
        }
        sections(text.sections(), "sections", checks);
        sections(text.appendices(), "appendices", checks);
        if (text.version() == null) {
            checks.add("version", "Send the version of the report you are changing");
        }
        checks.orRefuse();
        if (!store.write(id, text.version(), text.title().strip(), FieldChecks.trimmed(text.purpose()), json(recommendations.stream().map(String::strip).toList()),
                FieldChecks.trimmed(text.background()), json(strip(text.sections())), json(strip(text.appendices())), CurrentStaff.username())) {
            throw new StaleVersion("The report");
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "report", id.toString(), null,
                ReportStatus.DRAFT.is(row.status()) ? "Words changed" : "Words changed after " + row.status().toLowerCase() + ": back to draft");
        return open(id);
    }

    @PreAuthorize(Committees.WORK)
    @Transactional
    public ReportView submit(UUID id, CommitteeCommands.Step step) {
        ReportStore.Row row = row(id);
        requireOfficer(place(id).committeeId());
        refusePublished(row);
        if (!ReportStatus.DRAFT.is(row.status())) {
            throw new InvalidInput("status", "The report is " + row.status().toLowerCase() + ": only a draft is submitted for clearance");
        }
        if (row.purpose() == null || "[]".equals(row.recommendations())) {
            throw new InvalidInput("recommendations", "Write the report's purpose and at least one recommendation before submitting it");
        }
        step(store.submit(id, version(step), clock.instant(), CurrentStaff.username()));
        audit.record(CurrentStaff.username(), Action.CHANGED, "report", id.toString(), null, "Submitted for clearance");
        return open(id);
    }

    @PreAuthorize(Committees.WORK)
    @Transactional
    public ReportView clear(UUID id, CommitteeCommands.Step step) {
        ReportStore.Row row = row(id);
        Place place = place(id);
        refusePublished(row);
        String by = CurrentStaff.username();
        if (!"CLEARING_OFFICER".equals(committees.roleOf(place.committeeId(), by).orElse(null))) {
            refuse(id, "Only a clearing officer of " + place.committee().name() + " clears its reports");
        }
        if (row.author().equals(by)) {
            throw new InvalidInput("status", "A report is cleared by someone other than its author");
        }
        if (!ReportStatus.SUBMITTED.is(row.status())) {
            throw new InvalidInput("status", "The report is " + row.status().toLowerCase() + ": only a submitted report is cleared");
        }
        step(store.clear(id, version(step), clock.instant(), by));
        audit.record(by, Action.CHANGED, "report", id.toString(), null, "Cleared for publication");
        return open(id);
    }

    /** Freezes the report as it reads now: the snapshot, its hash and the public PDF are kept for good. */
    @PreAuthorize(Committees.WORK)
    @Transactional
    public ReportView publish(UUID id, CommitteeCommands.Step step) {
        ReportStore.Row row = row(id);
        Place place = place(id);
        requireOfficer(place.committeeId());
        refusePublished(row);
        if (!ReportStatus.CLEARED.is(row.status())) {
            throw new InvalidInput("status", "The report is " + row.status().toLowerCase() + ": it is published once cleared");
        }
        Instant now = clock.instant();
        Map<String, String> names = staff.displayNames(List.of(row.author(), row.clearedBy()));
        ReportSnapshot snapshot = new ReportSnapshot(place.committee().name(), place.meeting().startsAt(), place.item().itemNumber(), row.template(),
                parameters(row), row.title(), row.purpose(), list(row.recommendations(), new TypeReference<>() { }), row.background(),
                list(row.sections(), new TypeReference<>() { }), list(row.appendices(), new TypeReference<>() { }), row.author(),
                names.getOrDefault(row.author(), row.author()), row.clearedBy(), names.getOrDefault(row.clearedBy(), row.clearedBy()),
                row.clearedAt(), now, templates.compute(parameters(row), Today.on(clock)));
        String json = JSON.writeValueAsString(snapshot);
        String hash = org.openasc.platform.documents.ContentHash.sha256(json);
        byte[] pdf = documents.pdf(snapshot, SmallNumbers.suppress(snapshot.figures(), suppressUpTo), hash, place.item().exempt());
        step(store.publish(id, version(step), now, CurrentStaff.username(), json, hash, pdf));
        audit.record(CurrentStaff.username(), Action.CHANGED, "report", id.toString(), hash, "Published");
        return open(id);
    }

    CommitteeCommands.ReportRequest checked(CommitteeCommands.ReportRequest request) {
        return templates.check(request, Today.on(clock));
    }

    UUID start(CommitteeCommands.ReportRequest request, String title) {
        UUID id = UUID.randomUUID();
        store.insert(id, request.template(), json(request), title, CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, "report", id.toString(), null, request.template());
        return id;
    }

    /** A report's frozen snapshot and hash for a pack, or a clear refusal naming the report when it is not published. */
    record Published(ReportSnapshot snapshot, String hash) {
    }

    Published published(UUID id, int itemNumber) {
        ReportStore.Row row = row(id);
        if (!ReportStatus.PUBLISHED.is(row.status())) {
            throw new InvalidInput("pack", "Item " + itemNumber + ", \"" + row.title() + "\", is " + row.status().toLowerCase()
                    + ": publish its report before building the pack");
        }
        return new Published(snapshot(row), row.contentHash());
    }

    int suppressUpTo() {
        return suppressUpTo;
    }

    String status(UUID id) {
        return store.find(id).map(ReportStore.Row::status).orElse(null);
    }

    /** Democratic services and the committee's officers work its agendas and reports. */
    void requireOfficer(UUID committeeId) {
        if (!isOfficer(committeeId)) {
            refuse(committeeId, "Only democratic services and this committee's officers work on its agendas and draft reports");
        }
    }

    boolean isOfficer(UUID committeeId) {
        return CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES)
                || committees.roleOf(committeeId, CurrentStaff.username()).filter(Committees.OFFICER_ROLES::contains).isPresent();
    }

    /** Exempt items are for the committee's members and officers and democratic services. */
    boolean seesExempt(UUID committeeId) {
        return CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES) || committees.roleOf(committeeId, CurrentStaff.username()).isPresent();
    }

    private void requireSeesExempt(UUID committeeId) {
        if (!seesExempt(committeeId)) {
            refuse(committeeId, "This report is exempt from publication: only the committee's members and officers read it");
        }
    }

    private void refuse(UUID id, String why) {
        audit.recordRegardless(CurrentStaff.username(), Action.REFUSED, "committee", id.toString(), null, why);
        throw new AccessDeniedException(why);
    }

    record Place(CommitteeStore.ItemRow item, CommitteeStore.MeetingRow meeting, CommitteeStore.CommitteeRow committee) {
        UUID committeeId() {
            return committee.id();
        }
    }

    Place place(UUID report) {
        CommitteeStore.ItemRow item = committees.itemOfReport(report).orElseThrow(() -> new NotFound("The report " + report));
        CommitteeStore.MeetingRow meeting = committees.meeting(item.meetingId()).orElseThrow();
        return new Place(item, meeting, committees.committee(meeting.committeeId()).orElseThrow());
    }

    ReportStore.Row row(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFound("The report " + id));
    }

    private ReportView view(ReportStore.Row row, Place place, ReportFigures figures, boolean suppressed) {
        Map<String, String> names = staff.displayNames(row.clearedBy() == null ? List.of(row.author()) : List.of(row.author(), row.clearedBy()));
        return new ReportView(row.id(), place.meeting().id(), place.committeeId(), place.committee().name(), place.meeting().startsAt(),
                place.item().itemNumber(), row.template(), parameters(row), row.title(), row.purpose(), list(row.recommendations(), new TypeReference<>() { }),
                row.background(), list(row.sections(), new TypeReference<>() { }), list(row.appendices(), new TypeReference<>() { }), row.author(),
                names.getOrDefault(row.author(), row.author()), row.status(), row.submittedAt(), row.clearedBy(),
                row.clearedBy() == null ? null : names.getOrDefault(row.clearedBy(), row.clearedBy()), row.clearedAt(), row.publishedAt(),
                row.contentHash(), figures, suppressed, row.version());
    }

    static ReportSnapshot snapshot(ReportStore.Row row) {
        return JSON.readValue(row.snapshot(), ReportSnapshot.class);
    }

    static CommitteeCommands.ReportRequest parameters(ReportStore.Row row) {
        return JSON.readValue(row.parameters(), CommitteeCommands.ReportRequest.class);
    }

    private static <T> List<T> list(String json, TypeReference<List<T>> type) {
        return json == null ? List.of() : JSON.readValue(json, type);
    }

    private static void refusePublished(ReportStore.Row row) {
        if (ReportStatus.PUBLISHED.is(row.status())) {
            throw new InvalidInput("status", "The report was published on " + row.publishedAt() + ": a published report cannot be changed");
        }
    }

    private static int version(CommitteeCommands.Step step) {
        if (step == null || step.version() == null) {
            throw new InvalidInput("version", "Send the version of the report you are moving on");
        }
        return step.version();
    }

    private static void step(boolean done) {
        if (!done) {
            throw new StaleVersion("The report");
        }
    }

    private static void sections(List<CommitteeCommands.Section> sections, String field, FieldChecks checks) {
        List<CommitteeCommands.Section> list = sections == null ? List.of() : sections;
        for (int i = 0; i < list.size(); i++) {
            CommitteeCommands.Section s = list.get(i);
            checks.text(s == null ? null : s.heading(), field + "[" + i + "].heading", "the heading", 200);
            checks.text(s == null ? null : s.text(), field + "[" + i + "].text", "the text under the heading", 20000);
        }
    }

    private static List<CommitteeCommands.Section> strip(List<CommitteeCommands.Section> sections) {
        return sections == null ? List.of() : sections.stream().map(s -> new CommitteeCommands.Section(s.heading().strip(), s.text().strip())).toList();
    }

    private static void optional(String value, String field, String what, int max, FieldChecks checks) {
        if (value != null && value.length() > max) {
            checks.add(field, "Enter " + what + " in " + max + " characters or fewer");
        }
    }


    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
