package org.openasc.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openasc.liberty.DolsBacklog;
import org.openasc.liberty.MhaAssessments;

/**
 * DoLS and the Mental Health Act for a quarter: applications waiting at its end by priority and by how
 * long, decisions overdue, authorisations in force and renewals due; AMHP assessments in the quarter by
 * outcome and by what delayed them. All are counts of people.
 */
final class LibertyTables {

    private LibertyTables() {
    }

    static ReportFigures of(DolsBacklog dols, MhaAssessments.MhaFigures mha) {
        List<ReportFigures.Row> position = List.of(
                row("waiting", "Applications waiting for a decision", dols.waiting()),
                row("overdue", "Waiting beyond the 21-day timescale", dols.overdueDecisions()),
                row("active", "Authorisations in force", dols.activeAuthorisations()),
                row("renewals", "Authorisations ending in the next three months", dols.renewalsDueInThreeMonths()));
        List<ReportFigures.Row> received = new ArrayList<>();
        dols.receivedByMonth().forEach(m -> received.add(row(m.month(), org.openasc.performance.Periods.label(m.month()), m.received())));
        List<ReportFigures.Row> mhaPosition = List.of(row("assessments", "Assessments", mha.assessments()),
                row("out-of-area", "Beds found out of area", mha.outOfAreaBeds()));
        return new ReportFigures("DoLS as at " + new org.openasc.platform.web.DateDisplay().day(dols.asOf()) + "; Mental Health Act from "
                + new org.openasc.platform.web.DateDisplay().day(mha.from()) + " to " + new org.openasc.platform.web.DateDisplay().day(mha.to()),
                List.of(new ReportFigures.Table("dols-position", "Deprivation of Liberty Safeguards: the position", List.of("", "Number"), position, null),
                        counts("dols-priority", "Applications waiting by priority", "Priority", dols.waitingByPriority()),
                        counts("dols-age", "Applications waiting by time waited", "Time waited", dols.waitingByAge()),
                        new ReportFigures.Table("dols-received", "Applications received by month", List.of("Month", "Received"), received, null),
                        new ReportFigures.Table("mha", "Mental Health Act assessments", List.of("", "Number"), mhaPosition,
                                mha.medianHoursToAssessment() == null ? null
                                        : "Median time from request to assessment: " + Math.round(mha.medianHoursToAssessment()) + " hours."),
                        counts("mha-outcomes", "Mental Health Act assessments by outcome", "Outcome", mha.byOutcome()),
                        counts("mha-delays", "What delayed Mental Health Act assessments", "Cause", mha.delaysByCause())),
                List.of());
    }

    private static ReportFigures.Row row(String key, String label, long count) {
        return new ReportFigures.Row(key, label, List.of(ReportFigures.Cell.count(count)), false);
    }

    private static ReportFigures.Table counts(String key, String caption, String first, Map<String, Long> counts) {
        List<ReportFigures.Row> rows = new ArrayList<>();
        counts.forEach((label, n) -> rows.add(row(PerformanceTables.slug(label), label, n)));
        rows.add(new ReportFigures.Row("total", "Total", List.of(ReportFigures.Cell.count(counts.values().stream().mapToLong(Long::longValue).sum())), true));
        return new ReportFigures.Table(key, caption, List.of(first, "Number"), rows, null);
    }
}
