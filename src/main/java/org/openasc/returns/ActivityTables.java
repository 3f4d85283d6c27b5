package org.openasc.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.database.ReportReads;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;
import org.openasc.returns.domain.ActivityData;
import org.openasc.returns.domain.ActivityTally;
import org.openasc.returns.domain.CldEvent;
import org.openasc.returns.domain.CldQuery;
import org.openasc.returns.domain.LtsCarers;
import org.openasc.returns.domain.LtsTables;
import org.openasc.returns.domain.StsTables;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.WithoutStaffCheck;

/**
 * SALT's activity tables for a financial year computed, as NHS England and DHSC compute them, from the same Client
 * Level Data rows the council sends: STS001, STS002a/b, LTS001a/b/c, LTS002a/b, LTS003 and LTS004, with the national
 * labels. The events are read from 1 April of the year before to the year's end, so the new-client rule and chains of
 * more than 12 months see earlier services. Every cell can be opened onto the events or people counted in it; that
 * lists personal data, so each opening is audited.
 */
@Service
public class ActivityTables {

    static final int FIRST_YEAR = 1990;
    public static final List<String> TABLES = List.of("sts001", "sts002a", "sts002b", "lts001a", "lts001b", "lts001c", "lts002a", "lts002b",
            "lts003", "lts004");

    /** One year's tables, computed once, to read tables and cells from. */
    record Computed(int financialYear, LocalDate from, LocalDate to, Map<String, ActivityTally> tallies) {

        List<ActivityTable> tables() {
            return TABLES.stream().map(this::table).toList();
        }

        ActivityTable table(String ref) {
            ActivityTally t = tally(ref);
            List<String> columns = t.columns();
            List<ActivityTable.Row> rows = t.rows().stream()
                    .map(r -> new ActivityTable.Row(r, columns.stream().map(c -> t.count(r, c)).toList())).toList();
            return new ActivityTable(t.ref(), t.title(), t.unit(), columns, rows);
        }

        ActivityTally tally(String ref) {
            ActivityTally t = ref == null ? null : tallies.get(ref.toLowerCase(Locale.ROOT));
            if (t == null) {
                throw new NotFound("Activity table " + ref);
            }
            return t;
        }

        /** What was counted in a cell, as records to open. */
        List<ActivityTable.Counted> cell(String ref, String row, String column) {
            ActivityTally t = tally(ref);
            if (row == null || column == null || !t.has(row, column)) {
                throw new NotFound("The cell '" + row + "', '" + column + "' of " + t.ref());
            }
            return t.cell(row, column).stream().map(Computed::counted).toList();
        }

        private static ActivityTable.Counted counted(ActivityTally.Entry entry) {
            CldEvent e = entry.event();
            if (entry.personOnly()) {
                return new ActivityTable.Counted(e.personId(), null, null, null, null, "/people/" + e.personRecordId());
            }
            String link = ClientLevelData.link(new CldQuery.Event(null, e.kind(), e.recordId(), e.personRecordId()));
            return new ActivityTable.Counted(e.personId(), e.eventRef(), e.eventType(), entry.start(), entry.end(), link);
        }
    }

    private final CldQuery query;
    private final CodeLists codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReportReads reads;

    ActivityTables(CldQuery query, CodeLists codes, AuditTrail audit, Clock clock, ReportReads reads) {
        this.query = query;
        this.reads = reads;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every table for the year starting in April of {@code financialYear}. */
    @PreAuthorize(ClientLevelData.RUN)
    public List<ActivityTable> tables(Integer financialYear) {
        int year = checkYear(financialYear);
        List<ActivityTable> tables = compute(year).tables();
        audit.record(CurrentStaff.username(), Action.SEARCHED, "return", "SALT", String.valueOf(year), "Activity tables (SALT from CLD) " + year);
        return tables;
    }

    @PreAuthorize(ClientLevelData.RUN)
    public ActivityTable table(String ref, Integer financialYear) {
        known(ref);
        int year = checkYear(financialYear);
        ActivityTable table = compute(year).table(ref);
        audit.record(CurrentStaff.username(), Action.SEARCHED, "return", "SALT " + table.ref(), String.valueOf(year),
                "Activity table " + table.ref() + " " + year);
        return table;
    }

    /** A cell opened: its table, and the records counted in it. */
    public record OpenedCell(int financialYear, ActivityTable table, String row, String column, List<ActivityTable.Counted> counted) {
    }

    /** The records counted in one cell of a table (the total column holds the row's), audited: it lists personal data. */
    @PreAuthorize(ClientLevelData.RUN)
    public List<ActivityTable.Counted> cell(String ref, Integer financialYear, String row, String column) {
        return open(ref, financialYear, row, column).counted();
    }

    @PreAuthorize(ClientLevelData.RUN)
    public OpenedCell open(String ref, Integer financialYear, String row, String column) {
        known(ref);
        // The people behind a cell, opened to be put right, are read as they now stand: from the primary, not a replica.
        Computed computed = reads.onPrimary(() -> compute(checkYear(financialYear)));
        List<ActivityTable.Counted> counted = cell(computed, ref, row, column);
        return new OpenedCell(computed.financialYear(), computed.table(ref), row, column, counted);
    }

    List<ActivityTable.Counted> cell(Computed computed, String ref, String row, String column) {
        List<ActivityTable.Counted> counted = computed.cell(ref, row, column);
        String table = computed.tally(ref).ref();
        audit.record(CurrentStaff.username(), Action.VIEWED, "return", "SALT " + table, String.valueOf(computed.financialYear()),
                "Activity table " + table + " " + computed.financialYear() + ", " + row + " / " + column + ": " + counted.size() + " records");
        return counted;
    }

    /** The tables for a checked year, every tally with the records behind each cell. */
    Computed compute(int financialYear) {
        LocalDate from = LocalDate.of(financialYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<CldEvent> events = query.events(from.minusYears(1), to).stream().map(CldEvent::of).toList();
        ActivityData data = new ActivityData(events, from, to);
        List<String> outcomes = codes.list("event-outcome").map(l -> l.values().stream().map(CodeLists.CodeValue::value).toList()).orElse(List.of());
        Set<String> settled = codes.list("accommodation-status").map(l -> l.values().stream().filter(v -> Boolean.TRUE.equals(v.settled()))
                .map(CodeLists.CodeValue::value).collect(Collectors.toSet())).orElse(Set.of());
        List<ActivityTally> all = new ArrayList<>();
        all.add(StsTables.sts001(data));
        all.addAll(StsTables.sts002(data));
        all.addAll(LtsTables.all(data, outcomes, settled));
        all.add(LtsCarers.lts003(data));
        Map<String, ActivityTally> tallies = new LinkedHashMap<>();
        all.forEach(t -> tallies.put(t.ref().toLowerCase(Locale.ROOT), t));
        return new Computed(financialYear, from, to, tallies);
    }

    /** The last financial year to have ended: the one a council reports on. */
    @WithoutStaffCheck("a date from the clock, no record read: asked by pages, tests and the CLD benchmark alike")
    public int lastEndedYear() {
        return Today.lastEndedFinancialYear(clock);
    }

    private int latestStartedYear() {
        return Today.financialYearOf(Today.on(clock));
    }

    private static void known(String ref) {
        if (ref == null || !TABLES.contains(ref.toLowerCase(Locale.ROOT))) {
            throw new NotFound("Activity table " + ref);
        }
    }

    /** A financial year from 1990 (records brought in from an older system reach back) that has started, named by the year its April falls in. */
    int checkYear(Integer financialYear) {
        int latest = latestStartedYear();
        if (financialYear == null || financialYear < FIRST_YEAR || financialYear > latest) {
            throw new InvalidInput("financialYear", "Choose the year the financial year starts in, from " + FIRST_YEAR + " to " + latest
                    + " (" + latest + " is April " + latest + " to March " + (latest + 1) + ")");
        }
        return financialYear;
    }
}
