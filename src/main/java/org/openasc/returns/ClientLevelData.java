package org.openasc.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;
import org.openasc.returns.domain.CldFields;
import org.openasc.returns.domain.CldQuery;
import org.openasc.returns.domain.CldRules;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * The Client Level Data return for a quarter: a rolling 12 months ending at the quarter's end, one row per event with
 * the person's details repeated, as CSV with the Release 2 header, and DHSC's data-quality rules run over it before it
 * is sent. Producing the file reads personal data in bulk, so every run is audited with its row count.
 */
@Service
public class ClientLevelData {

    public static final String RUN = "hasRole('PERFORMANCE')";
    private static final List<MonthDay> QUARTER_ENDS = List.of(MonthDay.of(3, 31), MonthDay.of(6, 30), MonthDay.of(9, 30), MonthDay.of(12, 31));

    /** The file for a quarter: its reporting period and rows. */
    public record CldFile(LocalDate quarterEnd, LocalDate periodStart, LocalDate periodEnd, List<CldQuery.Event> events) {

        public List<String[]> rows() {
            return events.stream().map(CldQuery.Event::values).toList();
        }

        /** Rows by event type in the order the specification lists them; carers known by association have none. */
        public Map<String, Long> byEventType() {
            Map<String, Long> counts = new LinkedHashMap<>();
            List.of("Request", "Assessment", "Service", "Review", "None (carer known by association)").forEach(t -> counts.put(t, 0L));
            int type = CldFields.index(CldFields.EVENT_TYPE);
            events.forEach(e -> counts.merge(e.values()[type] == null ? "None (carer known by association)" : e.values()[type], 1L, Long::sum));
            return counts;
        }
    }

    /** A broken rule on one row, with where to fix it. */
    public record Failure(String rule, String field, long row, String eventRef, String link, String message) {
    }

    /** The validation report: counts by event type and by rule, and each failing row. */
    public record Validation(LocalDate quarterEnd, LocalDate periodStart, LocalDate periodEnd, int rows, Map<String, Long> byEventType,
                             Map<String, Long> byRule, List<Failure> failures) {
    }

    private final CldQuery query;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;

    ClientLevelData(CldQuery query, CodeLists codes, AuditTrail audit, Clock clock) {
        this.query = query;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The quarter's file, audited as a bulk read of personal data. */
    @PreAuthorize(RUN)
    public CldFile file(LocalDate quarterEnd) {
        CldFile file = read(quarterEnd);
        audit.record(CurrentStaff.username(), Action.VIEWED, "return", "CLD", String.valueOf(quarterEnd),
                "Client Level Data for the 12 months to " + quarterEnd + ": " + file.events().size() + " rows");
        return file;
    }

    @PreAuthorize(RUN)
    public String csv(LocalDate quarterEnd) {
        return csv(file(quarterEnd));
    }

    /** The file as the DHSC portal takes it: the Release 2 header, then a line per row. */
    public static String csv(CldFile file) {
        List<List<?>> lines = new ArrayList<>(file.events().size());
        file.events().forEach(e -> lines.add(java.util.Arrays.asList((Object[]) e.values())));
        return CsvFiles.write(CldFields.HEADER, lines);
    }

    @PreAuthorize(RUN)
    public Validation validate(LocalDate quarterEnd) {
        return validation(file(quarterEnd));
    }

    /** DHSC's rules run over a file already produced, each failure linked to the record to put right. */
    @PreAuthorize(RUN)
    public Validation validation(CldFile file) {
        List<CldRules.Failure> found = new CldRules(codes).check(file.rows(), file.periodStart(), file.periodEnd());
        Map<String, Long> byRule = new TreeMap<>();
        List<Failure> failures = new ArrayList<>(found.size());
        for (CldRules.Failure f : found) {
            byRule.merge(f.rule(), 1L, Long::sum);
            CldQuery.Event event = file.events().get((int) f.row() - 2);
            failures.add(new Failure(f.rule(), f.field(), f.row(), f.eventRef(), link(event), f.message()));
        }
        return new Validation(file.quarterEnd(), file.periodStart(), file.periodEnd(), file.events().size(), file.byEventType(), byRule, failures);
    }

    CldFile read(LocalDate quarterEnd) {
        checkQuarterEnd(quarterEnd);
        LocalDate start = quarterEnd.minusYears(1).plusDays(1);
        return new CldFile(quarterEnd, start, quarterEnd, query.events(start, quarterEnd));
    }

    /** The last quarter to have ended before today: the one a council is preparing to send. */
    @WithoutStaffCheck("a date from the clock, no record read: asked by pages and the CLD benchmark alike")
    public LocalDate lastQuarterEnd() {
        LocalDate day = Today.on(clock).minusDays(1);
        while (!QUARTER_ENDS.contains(MonthDay.from(day))) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** A quarter's last day (31 March, 30 June, 30 September or 31 December), not after today. */
    void checkQuarterEnd(LocalDate quarterEnd) {
        if (quarterEnd == null) {
            throw new InvalidInput("quarterEnd", "Enter the quarter's last day, such as 2025-03-31");
        }
        if (!QUARTER_ENDS.contains(MonthDay.from(quarterEnd))) {
            throw new InvalidInput("quarterEnd", "Enter a quarter's last day: 31 March, 30 June, 30 September or 31 December");
        }
        if (quarterEnd.isAfter(Today.on(clock))) {
            throw new InvalidInput("quarterEnd", "Enter a quarter that has ended: the file is for the 12 months to its last day");
        }
    }

    /** Where a row's record is kept, for the person who will correct it. */
    static String link(CldQuery.Event event) {
        return switch (event.kind()) {
            case "request" -> "/requests/" + event.recordId();
            case "assessment" -> "/assessments/" + event.recordId();
            case "service" -> "/services/" + event.recordId();
            case "review" -> "/people/" + event.personId() + "/support";
            default -> "/people/" + event.personId();
        };
    }
}
