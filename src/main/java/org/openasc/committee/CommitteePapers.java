package org.openasc.committee;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.committee.domain.CommitteeStore;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.security.Role;
import org.openasc.platform.web.DateDisplay;
import org.openasc.platform.web.HomePanels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.openasc.platform.security.Access;

/**
 * The home page's committee papers for officers: for officers on a committee, its coming meetings and the reports
 * published to it; for democratic services, every committee's. A councillor's meetings, papers and requests to
 * officers are their work lists instead ({@link CommitteeWork}), so they are not shown twice.
 */
@Component
class CommitteePapers implements HomePanels {

    private final CommitteeStore store;
    private final Clock clock;
    private final DateDisplay dates = new DateDisplay();

    CommitteePapers(CommitteeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Access.SIGNED_IN)
    public List<Panel> panels() {
        boolean everyCommittee = CurrentStaff.hasRole(Role.DEMOCRATIC_SERVICES);
        if (CurrentStaff.hasRole(Role.COUNCILLOR) && !everyCommittee) {
            return List.of();
        }
        List<UUID> mine = store.committeesOf(CurrentStaff.username());
        if (!everyCommittee && mine.isEmpty()) {
            return List.of();
        }
        List<UUID> committees = everyCommittee ? null : mine;
        List<Link> meetings = store.upcoming(committees, clock.instant(), 5).stream()
                .map(m -> new Link(m.committee() + ", " + dates.when(m.startsAt()), "/meetings/" + m.meetingId(), "Agenda")).toList();
        List<Link> papers = store.published(committees, true, 8).stream()
                .map(r -> new Link(r.title(), "/reports/" + r.reportId(), r.committee() + ", published " + dates.when(r.publishedAt()))).toList();
        return List.of(
                new Panel("Coming meetings", meetings.isEmpty() ? "No meetings are scheduled." : null, meetings, null),
                new Panel("Committee papers", papers.isEmpty() ? "No reports have been published yet." : null, papers,
                        new Link("All committees", "/committees", null)));
    }
}
