package org.openasc.returns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.database.ReportReads;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.returns.domain.CldAscof;
import org.openasc.returns.domain.CldMeasures;
import org.openasc.returns.domain.CldQuery;

/**
 * The Client Level Data rows behind an ASCOF figure: for each person or episode counted in the numerator or the
 * denominator, the row that stands for it, with where the record is kept. It lists personal data from the whole
 * file, so it is for those who may drill down, and every listing is audited with its count.
 */
@Service
public class CldMeasureRecords {

    /** One item counted: the council person ID, the row's event, the days it covers, why it counts, and the record's page. */
    public record Row(String personId, String eventReference, String eventType, String serviceType, LocalDate from, LocalDate to, String detail,
                      String link) {
    }

    /** The items counted in one part of a measure for the period ending on {@code end}. */
    public record Listing(MeasureFigures.Definition measure, String part, LocalDate periodStart, LocalDate end, List<Row> rows) {
    }

    private final CldMeasures measures;
    private final AuditTrail audit;
    private final ReportReads reads;

    CldMeasureRecords(CldMeasures measures, AuditTrail audit, ReportReads reads) {
        this.measures = measures;
        this.reads = reads;
        this.audit = audit;
    }

    @PreAuthorize(Access.DRILL_DOWN)
    public Listing listing(String reference, LocalDate end, String part) {
        MeasureFigures.Definition measure = measures.definition(reference).orElseThrow(() -> new NotFound("Measure " + reference));
        if (end == null) {
            throw new InvalidInput("end", "Give the period's last day, such as 2025-03-31");
        }
        boolean numerator = "numerator".equals(part);
        if (!numerator && !"denominator".equals(part)) {
            throw new InvalidInput("part", "Choose numerator or denominator");
        }
        if (!numerator && measure.unit() == MeasureFigures.Unit.RATE_PER_100000) {
            throw new InvalidInput("part", reference + " is counted out of the population: only its numerator lists records");
        }
        // The rows behind a figure, opened to be put right, are read as they now stand: from the primary, not a replica.
        CldAscof.Parts parts = reads.onPrimary(() -> measures.counted(List.of(reference), end)).get(reference);
        List<Row> rows = (numerator ? parts.numerator() : parts.denominator()).stream()
                .sorted(Comparator.comparing((CldAscof.Counted c) -> c.event().personId(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CldAscof.Counted::from, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(CldMeasureRecords::row).toList();
        LocalDate start = measure.basis().start(end);
        audit.record(CurrentStaff.username(), Action.VIEWED, "return", "CLD " + reference, String.valueOf(end),
                "Client Level Data rows counted in the " + part + " of " + reference + ", period to " + end + ": " + rows.size() + " rows");
        return new Listing(measure, part, start, end, rows);
    }

    private static Row row(CldAscof.Counted c) {
        var e = c.event();
        String link = ClientLevelData.link(new CldQuery.Event(new String[0], e.kind(), e.recordId(), e.personRecordId()));
        return new Row(e.personId(), e.eventRef(), e.eventType(), e.serviceType(), c.from(), c.to(), c.detail(), link);
    }
}
