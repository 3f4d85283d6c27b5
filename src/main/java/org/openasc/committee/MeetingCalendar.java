package org.openasc.committee;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.platform.security.Access;
import org.openasc.platform.web.NotFound;

/** A committee's meetings as an iCalendar feed (RFC 5545) that calendar programs subscribe to. */
@Service
public class MeetingCalendar {

    static final Duration LENGTH = Duration.ofHours(2);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final CommitteeStore committees;
    private final java.time.Clock clock;

    MeetingCalendar(CommitteeStore committees, java.time.Clock clock) {
        this.committees = committees;
        this.clock = clock;
    }

    @PreAuthorize(Access.SIGNED_IN)
    public String feed(UUID committeeId, String baseUrl) {
        CommitteeStore.CommitteeRow committee = committees.committee(committeeId).orElseThrow(() -> new NotFound("The committee " + committeeId));
        return ics(committee.name(), committees.meetingsOf(committeeId), baseUrl, clock.instant());
    }

    static String ics(String committee, List<CommitteeStore.MeetingRow> meetings, String baseUrl, java.time.Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//OpenASC//Committee meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(committee));
        for (CommitteeStore.MeetingRow m : meetings) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:meeting-" + m.id() + "@openasc");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(m.startsAt()));
            line(out, "DTEND:" + UTC.format(m.startsAt().plus(LENGTH)));
            line(out, "SUMMARY:" + text(committee));
            if (m.venue() != null) {
                line(out, "LOCATION:" + text(m.venue()));
            }
            line(out, "URL:" + baseUrl + "/meetings/" + m.id());
            line(out, "DESCRIPTION:" + text("Agenda and papers: " + baseUrl + "/meetings/" + m.id()
                    + (m.onlineLink() != null ? "\nJoin online: " + m.onlineLink() : "")));
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Escapes text as iCalendar asks: backslashes, semicolons, commas and new lines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Ends a content line with CRLF, folding it after 75 octets as the standard requires. */
    private static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
            if (!first) {
                out.append(' ');
            }
            out.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            out.append("\r\n");
        }
    }
}
