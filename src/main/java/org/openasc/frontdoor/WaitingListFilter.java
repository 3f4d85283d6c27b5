package org.openasc.frontdoor;

import java.time.LocalDate;

/** Which waiting requests to list, as they stood on {@code asOf} (today if not given); every part optional. */
public record WaitingListFilter(LocalDate asOf, Long teamId, Stage stage, Priority priority, WaitBand band, String worker,
                                boolean overdueOnly, boolean unallocatedOnly) {

    public static WaitingListFilter today() {
        return new WaitingListFilter(null, null, null, null, null, null, false, false);
    }

    public WaitingListFilter on(LocalDate date) {
        return new WaitingListFilter(date, teamId, stage, priority, band, worker, overdueOnly, unallocatedOnly);
    }

    /** The query string that reproduces this filter, for links between pages. */
    public String query() {
        StringBuilder q = new StringBuilder();
        if (asOf != null) {
            q.append("&asOf=").append(asOf);
        }
        if (teamId != null) {
            q.append("&team=").append(teamId);
        }
        if (stage != null) {
            q.append("&stage=").append(stage.name());
        }
        if (priority != null) {
            q.append("&priority=").append(priority.name());
        }
        if (band != null) {
            q.append("&band=").append(band.name());
        }
        if (worker != null) {
            q.append("&worker=").append(worker);
        }
        if (overdueOnly) {
            q.append("&overdue=true");
        }
        if (unallocatedOnly) {
            q.append("&unallocated=true");
        }
        return q.isEmpty() ? "" : q.substring(1);
    }
}
