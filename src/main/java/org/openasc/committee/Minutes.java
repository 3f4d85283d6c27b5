package org.openasc.committee;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.committee.domain.MinutesStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.platform.web.StaleVersion;
import org.openasc.platform.web.Versions;

/**
 * Minutes of a meeting: attendance, apologies, declarations of interest and each item's summary and
 * resolutions, written by democratic services or the committee's officers once the meeting has
 * started (last year's meetings can be recorded), approved at a later meeting and then locked.
 */
@Service
public class Minutes {

    private final MinutesStore store;
    private final CommitteeStore committees;
    private final Reports reports;
    private final AuditTrail audit;
    private final Clock clock;

    Minutes(MinutesStore store, CommitteeStore committees, Reports reports, AuditTrail audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Committees.WORK)
    @Transactional
    public MinutesView write(UUID meetingId, CommitteeCommands.MinutesText m) {
        CommitteeStore.MeetingRow meeting = meeting(meetingId);
        reports.requireOfficer(meeting.committeeId());
        store.minutes(meetingId).filter(row -> row.approvedOn() != null).ifPresent(row -> {
            throw new InvalidInput("minutes", "These minutes were approved on " + row.approvedOn() + ": approved minutes cannot be changed");
        });
        if (meeting.startsAt().isAfter(clock.instant())) {
            throw new InvalidInput("minutes", "The meeting has not happened yet: minutes are written once it has started");
        }
        Set<Integer> onAgenda = committees.items(meetingId).stream().map(CommitteeStore.ItemRow::itemNumber).collect(Collectors.toSet());
        FieldChecks checks = new FieldChecks();
        names(m.attendance(), "attendance", checks);
        names(m.apologies(), "apologies", checks);
        List<CommitteeCommands.Declaration> declarations = m.declarations() == null ? List.of() : m.declarations();
        for (int i = 0; i < declarations.size(); i++) {
            CommitteeCommands.Declaration d = declarations.get(i);
            checks.text(d.member(), "declarations[" + i + "].member", "who declared the interest", 200);
            checks.text(d.interest(), "declarations[" + i + "].interest", "the interest declared", 2000);
            if (d.itemNumber() != null && !onAgenda.contains(d.itemNumber())) {
                checks.add("declarations[" + i + "].itemNumber", "There is no item " + d.itemNumber() + " on this agenda");
            }
        }
        List<CommitteeCommands.ItemMinute> items = m.items() == null ? List.of() : m.items();
        for (int i = 0; i < items.size(); i++) {
            CommitteeCommands.ItemMinute item = items.get(i);
            if (item.number() == null || !onAgenda.contains(item.number())) {
                checks.add("items[" + i + "].number", "Give the number of an item on this agenda");
            }
            checks.text(item.summary(), "items[" + i + "].summary", "a summary of the item's discussion", 8000);
            List<String> resolutions = item.resolutions() == null ? List.of() : item.resolutions();
            for (int r = 0; r < resolutions.size(); r++) {
                checks.text(resolutions.get(r), "items[" + i + "].resolutions[" + r + "]", "resolution " + (r + 1), 2000);
            }
        }
        if (store.minutes(meetingId).isPresent() && m.version() == null) {
            checks.add("version", "Send the version of the minutes you are changing");
        }
        checks.orRefuse();
        if (!store.write(meetingId, m.version(), Reports.json(strip(m.attendance())), Reports.json(strip(m.apologies())), Reports.json(declarations),
                Reports.json(items), CurrentStaff.username())) {
            throw new StaleVersion("The minutes");
        }
        if ("SCHEDULED".equals(meeting.status()) || "AGENDA_PUBLISHED".equals(meeting.status())) {
            committees.status(meetingId, "HELD");
        }
        audit.record(CurrentStaff.username(), Action.CHANGED, "meeting", meetingId.toString(), null, "Minutes written");
        return minutes(meetingId);
    }

    /** Approves the minutes at a later meeting of the same committee that has begun; they are locked from then on. */
    @PreAuthorize(Committees.WORK)
    @Transactional
    public MinutesView approve(UUID meetingId, CommitteeCommands.Approval a) {
        CommitteeStore.MeetingRow meeting = meeting(meetingId);
        reports.requireOfficer(meeting.committeeId());
        MinutesStore.MinutesRow row = store.minutes(meetingId).orElseThrow(() -> new InvalidInput("minutes", "Write the minutes before approving them"));
        if (row.approvedOn() != null) {
            throw new InvalidInput("minutes", "These minutes were approved on " + row.approvedOn());
        }
        CommitteeStore.MeetingRow at = a.approvedAtMeetingId() == null ? null : committees.meeting(a.approvedAtMeetingId()).orElse(null);
        if (at == null || !at.committeeId().equals(meeting.committeeId()) || !at.startsAt().isAfter(meeting.startsAt())
                || at.startsAt().isAfter(clock.instant())) {
            throw new InvalidInput("approvedAtMeetingId", "Minutes are approved at a later meeting of the same committee, once it has started");
        }
        if (!store.approve(meetingId, Versions.required(a.version()), at.id(), at.startsAt().atZone(Today.COUNCIL_ZONE).toLocalDate(),
                CurrentStaff.username())) {
            throw new StaleVersion("The minutes");
        }
        committees.status(meetingId, "MINUTES_APPROVED");
        audit.record(CurrentStaff.username(), Action.CHANGED, "meeting", meetingId.toString(), null, "Minutes approved");
        return minutes(meetingId);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public MinutesView minutes(UUID meetingId) {
        CommitteeStore.MeetingRow meeting = meeting(meetingId);
        MinutesStore.MinutesRow row = store.minutes(meetingId).orElseThrow(() -> new NotFound("The minutes of meeting " + meetingId));
        Set<Integer> exempt = reports.seesExempt(meeting.committeeId()) ? Set.of()
                : committees.items(meetingId).stream().filter(CommitteeStore.ItemRow::exempt).map(CommitteeStore.ItemRow::itemNumber).collect(Collectors.toSet());
        List<CommitteeCommands.ItemMinute> items = Reports.JSON.readValue(row.items(), new TypeReference<List<CommitteeCommands.ItemMinute>>() { })
                .stream().filter(i -> !exempt.contains(i.number())).toList();
        return new MinutesView(meetingId, Reports.JSON.readValue(row.attendance(), new TypeReference<List<String>>() { }),
                Reports.JSON.readValue(row.apologies(), new TypeReference<List<String>>() { }),
                Reports.JSON.readValue(row.declarations(), new TypeReference<List<CommitteeCommands.Declaration>>() { }), items,
                row.approvedAtMeeting(), row.approvedOn(), row.version(), row.changedAt(), row.changedBy());
    }

    /** The minutes if they have been written. */
    @PreAuthorize(Access.SIGNED_IN)
    public java.util.Optional<MinutesView> recorded(UUID meetingId) {
        return store.minutes(meetingId).isPresent() ? java.util.Optional.of(minutes(meetingId)) : java.util.Optional.empty();
    }

    private CommitteeStore.MeetingRow meeting(UUID id) {
        return committees.meeting(id).orElseThrow(() -> new NotFound("The meeting " + id));
    }

    private static void names(List<String> names, String field, FieldChecks checks) {
        List<String> list = names == null ? List.of() : names;
        for (int i = 0; i < list.size(); i++) {
            checks.text(list.get(i), field + "[" + i + "]", "a name", 200);
        }
    }

    private static List<String> strip(List<String> names) {
        return names == null ? List.of() : names.stream().map(String::strip).toList();
    }
}
