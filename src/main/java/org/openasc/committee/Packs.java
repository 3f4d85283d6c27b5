package org.openasc.committee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.platform.PlatformProperties;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.documents.PdfDocuments;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.staff.StaffDirectory;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

/**
 * A meeting's agenda pack as one PDF: a cover, the agenda with the page each item starts on, every
 * published report as published (small numbers suppressed), the open actions log and the work
 * programme, numbered continuously. The public edition leaves exempt items out altogether; the members'
 * edition, for the committee's members and officers, includes them. A report not yet published stops
 * the pack with its name rather than leaving it half-built.
 */
@Service
public class Packs {

    private final CommitteeStore committees;
    private final Minutes minutes;
    private final Actions actions;
    private final Reports reports;
    private final WorkProgramme workProgramme;
    private final StaffDirectory staff;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final AuditTrail audit;
    private final String councilName;

    Packs(CommitteeStore committees, Minutes minutes, Actions actions, Reports reports, WorkProgramme workProgramme, StaffDirectory staff,
          ITemplateEngine templates, PdfDocuments pdf, AuditTrail audit, PlatformProperties platform) {
        this.committees = committees;
        this.minutes = minutes;
        this.actions = actions;
        this.reports = reports;
        this.workProgramme = workProgramme;
        this.staff = staff;
        this.templates = templates;
        this.pdf = pdf;
        this.audit = audit;
        this.councilName = platform.councilName();
    }

    /** One agenda item in the pack, with its report as published when it has one. */
    public record PackItem(int number, String kind, String title, String purpose, String leadOfficer, boolean exempt, Integer exemptParagraph,
                           ReportSnapshot report, ReportFigures figures, String hash) {
    }

    @PreAuthorize(Access.SIGNED_IN)
    public byte[] pack(UUID meetingId, String edition) {
        boolean members = "members".equals(edition);
        if (edition != null && !members && !"public".equals(edition)) {
            throw new InvalidInput("edition", "Choose the public or the members edition");
        }
        CommitteeStore.MeetingRow meeting = committees.meeting(meetingId).orElseThrow(() -> new NotFound("The meeting " + meetingId));
        CommitteeStore.CommitteeRow committee = committees.committee(meeting.committeeId()).orElseThrow();
        if (members && !reports.seesExempt(committee.id())) {
            throw new org.springframework.security.access.AccessDeniedException("The members' pack holds exempt information: it is for the committee's members and officers");
        }
        List<PackItem> items = new ArrayList<>();
        for (CommitteeStore.ItemRow i : committees.items(meetingId)) {
            if (i.exempt() && !members) {
                continue;
            }
            Reports.Published published = i.reportId() == null ? null : reports.published(i.reportId(), i.itemNumber());
            items.add(new PackItem(i.itemNumber(), i.kind(), i.title(), Committees.PURPOSES.get(i.purpose()), i.leadOfficer(), i.exempt(), i.exemptParagraph(),
                    published == null ? null : published.snapshot(),
                    published == null ? null : SmallNumbers.suppress(published.snapshot().figures(), reports.suppressUpTo()),
                    published == null ? null : published.hash()));
        }
        List<CommitteeStore.MemberRow> people = committees.members(committee.id());
        Map<String, String> names = staff.displayNames(people.stream().map(CommitteeStore.MemberRow::username).toList());
        Context context = new Context(Locale.UK);
        context.setVariable("council", councilName);
        context.setVariable("committee", committee);
        context.setVariable("meeting", meeting);
        context.setVariable("members", people.stream().filter(m -> Committees.COUNCILLOR_ROLES.contains(m.role()))
                .map(m -> names.getOrDefault(m.username(), m.username()) + switch (m.role()) {
                    case "CHAIR" -> " (Chair)";
                    case "VICE_CHAIR" -> " (Vice-chair)";
                    default -> "";
                }).toList());
        context.setVariable("items", items);
        context.setVariable("actions", actions.openOf(committee.id()));
        // The minutes item carries the minutes of the committee's last meeting before this one, for approval.
        committees.meetingsOf(committee.id()).stream().filter(m -> m.startsAt().isBefore(meeting.startsAt())).findFirst()
                .flatMap(previous -> minutes.recorded(previous.id()).map(recorded -> java.util.Map.entry(previous, recorded)))
                .ifPresent(previous -> {
                    java.util.Set<Integer> exempt = committees.items(previous.getKey().id()).stream().filter(CommitteeStore.ItemRow::exempt)
                            .map(CommitteeStore.ItemRow::itemNumber).collect(java.util.stream.Collectors.toSet());
                    MinutesView m = previous.getValue();
                    context.setVariable("previousMeeting", previous.getKey());
                    context.setVariable("previousMinutes", members ? m : new MinutesView(m.meetingId(), m.attendance(), m.apologies(), m.declarations(),
                            m.items().stream().filter(i -> !exempt.contains(i.number())).toList(), m.approvedAtMeeting(), m.approvedOn(), m.version(),
                            m.changedAt(), m.changedBy()));
                });
        context.setVariable("workProgramme", workProgramme.of(committee.id()));
        context.setVariable("edition", members ? "members" : "public");
        context.setVariable("dates", new DateDisplay());
        byte[] document = pdf.render(templates.process("committee/pack-print", context));
        audit.record(CurrentStaff.username(), Action.VIEWED, "meeting", meetingId.toString(), null, (members ? "Members'" : "Public") + " pack");
        return document;
    }
}
