package org.openasc.committee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.committee.domain.ReportStore;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.web.InvalidInput;


/** What has been revised in a published report: each figure recomputed from the record as it stands now. */
@Service
public class ReportRevisions {

    private final Reports reports;
    private final ReportTemplates templates;
    private final Clock clock;

    ReportRevisions(Reports reports, ReportTemplates templates, Clock clock) {
        this.reports = reports;
        this.templates = templates;
        this.clock = clock;
    }

    /** Each figure that now differs from what was published, recomputed from the record as it stands. */
    @PreAuthorize(Committees.WORK)
    public List<ReportView.Revision> revisions(UUID id) {
        ReportStore.Row row = reports.row(id);
        reports.requireOfficer(reports.place(id).committeeId());
        if (!ReportStatus.PUBLISHED.is(row.status())) {
            throw new InvalidInput("status", "Only a published report has revisions: a draft always shows the figures as they are now");
        }
        ReportFigures then = Reports.snapshot(row).figures();
        ReportFigures live = templates.compute(Reports.parameters(row), Today.on(clock));
        Map<String, String> published = then.figures();
        Map<String, String> now = live.figures();
        Map<String, String> captions = new HashMap<>(live.captions());
        captions.putAll(then.captions());
        List<ReportView.Revision> revisions = new ArrayList<>();
        published.forEach((figure, value) -> {
            if (!Objects.equals(value, now.get(figure))) {
                revisions.add(new ReportView.Revision(figure, captions.get(figure), value, now.get(figure)));
            }
        });
        now.forEach((figure, value) -> {
            if (!published.containsKey(figure)) {
                revisions.add(new ReportView.Revision(figure, captions.get(figure), null, value));
            }
        });
        return revisions;
    }
}
