package org.openasc.support;

import java.time.Clock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.platform.calendar.Today;
import org.openasc.people.ListedPeople;
import org.openasc.people.PersonSummary;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.Page;
import org.openasc.platform.web.InvalidInput;
import org.openasc.support.domain.SupportFigureQuery;

/** The care and support dashboard: figures for anyone who reads performance, records behind them for managers and analysts. */
@Service
public class SupportFigures {

    static final int DISCHARGE_TARGET_DAYS = 2;
    static final int DISCHARGE_WINDOW_DAYS = 28;

    /** A record behind a figure. */
    @Schema(name = "SupportFigureRecord")
    public record FigureRecord(UUID personId, String personName, String councilPersonId, UUID recordId, String detail, LocalDate from,
                               BigDecimal amount) {
    }

    private final SupportFigureQuery query;
    private final SupportContext context;
    private final AuditTrail audit;
    private final Clock clock;

    SupportFigures(SupportFigureQuery query, SupportContext context, AuditTrail audit, Clock clock) {
        this.query = query;
        this.context = context;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.SEE_FIGURES)
    public SupportSummary summary(LocalDate asOf) {
        return measures(date(asOf));
    }

    /** Today's measures for live signals: aggregates only, so anyone who may read a risk may see them. */
    SupportSummary measuresToday() {
        return measures(Today.on(clock));
    }

    private SupportSummary measures(LocalDate on) {
        List<SupportFigureQuery.Group> groups = query.groups(on);
        Totals t = Totals.of(groups);
        Map<Integer, Long> bySetting = new TreeMap<>();
        Map<String, Long> byReason = new TreeMap<>();
        List<SupportSummary.Cell> cells = new ArrayList<>();
        for (SupportFigureQuery.Group g : groups) {
            bySetting.merge(g.setting(), g.people(), Long::sum);
            byReason.merge(g.reason(), g.people(), Long::sum);
            cells.add(new SupportSummary.Cell(Setting.ofRank(g.setting()).label(), g.reason(), g.people()));
        }
        cells.sort(Comparator.comparing(SupportSummary.Cell::setting).thenComparing(SupportSummary.Cell::reason));
        List<SupportSummary.Count> settings = bySetting.entrySet().stream()
                .map(e -> new SupportSummary.Count(String.valueOf(e.getKey()), Setting.ofRank(e.getKey()).label(), e.getValue())).toList();
        List<SupportSummary.Count> reasons = byReason.entrySet().stream()
                .map(e -> new SupportSummary.Count(e.getKey(), e.getKey(), e.getValue())).toList();
        LocalDate from = on.minusDays(DISCHARGE_WINDOW_DAYS - 1);
        SupportFigureQuery.DischargeRow d = query.discharges(from, on, DISCHARGE_TARGET_DAYS);
        List<SupportSummary.Cost> costs = query.weeklyCost(on).stream()
                .map(c -> new SupportSummary.Cost(c.serviceType(), c.services(), c.weeklyCost())).toList();
        BigDecimal total = costs.stream().map(SupportSummary.Cost::weeklyCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SupportSummary(on, t.people, settings, reasons, cells, share("working-age-settled", t.settled, t.workingAge),
                t.residential + t.nursing, t.residential, t.nursing, share("direct-payment", t.directPayment, t.community),
                share("reviewed", t.reviewed, t.longStanding),
                new SupportSummary.Discharge(from, on, d.discharges(), d.averageDays(), d.withinTarget(), DISCHARGE_TARGET_DAYS), total, costs);
    }

    /** The measures month by month, as committee tables show them: the month of the date and the {@code count - 1} before it. */
    @PreAuthorize(Access.SEE_FIGURES)
    public List<SupportSummary.Month> months(LocalDate asOf, Integer count) {
        LocalDate on = date(asOf);
        int n = count == null ? 6 : count;
        if (n < 1 || n > 24) {
            throw new InvalidInput("months", "Show from 1 to 24 months");
        }
        List<YearMonth> shown = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            shown.add(YearMonth.from(on).minusMonths(i));
        }
        // Every month's people counted in one reading of the record, not one query a month.
        Map<LocalDate, List<SupportFigureQuery.Group>> groups = query.groups(shown.stream().map(m -> monthEnd(m, on)).toList());
        List<SupportSummary.Month> months = new ArrayList<>();
        for (YearMonth month : shown) {
            LocalDate end = monthEnd(month, on);
            Totals t = Totals.of(groups.getOrDefault(end, List.of()));
            SupportFigureQuery.DischargeRow d = query.discharges(month.atDay(1), end, DISCHARGE_TARGET_DAYS);
            months.add(new SupportSummary.Month(month, end, share("working-age-settled", t.settled, t.workingAge), t.residential + t.nursing,
                    share("direct-payment", t.directPayment, t.community), share("reviewed", t.reviewed, t.longStanding), d.discharges(),
                    d.averageDays()));
        }
        return months;
    }

    /** A month's last day, or the date when the month is still in progress. */
    private static LocalDate monthEnd(YearMonth month, LocalDate on) {
        return month.atEndOfMonth().isAfter(on) ? on : month.atEndOfMonth();
    }

    /** The counts the shares need, summed over setting and reason groups. */
    record Totals(long people, long workingAge, long settled, long residential, long nursing, long community, long directPayment,
                  long longStanding, long reviewed) {

        static Totals of(List<SupportFigureQuery.Group> groups) {
            long people = 0, workingAge = 0, settled = 0, residential = 0, nursing = 0, community = 0, dp = 0, longStanding = 0, reviewed = 0;
            for (SupportFigureQuery.Group g : groups) {
                people += g.people();
                workingAge += g.workingAge();
                settled += g.workingAgeSettled();
                if (g.setting() == Setting.NURSING.rank()) {
                    nursing += g.older();
                } else if (g.setting() == Setting.RESIDENTIAL.rank()) {
                    residential += g.older();
                }
                community += g.community();
                dp += g.directPayment();
                longStanding += g.longStanding();
                reviewed += g.reviewed();
            }
            return new Totals(people, workingAge, settled, residential, nursing, community, dp, longStanding, reviewed);
        }
    }

    /**
     * The records behind a figure, limited to the caller's teams unless they work across the council. Discharges are those
     * from {@code from} to the date, or in the 28 days to it when no first day is given (a measure's month, or the dashboard's window).
     */
    @PreAuthorize(Access.DRILL_DOWN)
    public List<FigureRecord> records(String figure, LocalDate asOf, LocalDate from, Integer setting, String reason, String serviceType) {
        return records(figure, asOf, from, setting, reason, serviceType, 1, 1000).items();
    }

    /** One page of {@link #records(String, LocalDate, LocalDate, Integer, String, String)}, with how many records the figure counts. */
    @PreAuthorize(Access.DRILL_DOWN)
    public Page<FigureRecord> records(String figure, LocalDate asOf, LocalDate from, Integer setting, String reason, String serviceType,
                                      int page, int size) {
        LocalDate on = date(asOf);
        if (figure == null || !SupportFigureQuery.known(figure)) {
            throw new InvalidInput("figure", "There is no care and support figure called " + figure);
        }
        LocalDate first = dischargesFrom(from, on);
        List<Long> teams = context.visibleTeams();
        int offset = (page - 1) * size;
        SupportFigureQuery.Records records = switch (figure) {
            case "discharges" -> query.dischargeRecords(first, on, teams, offset, size);
            case "weekly-cost" -> query.costRecords(on, serviceType, teams, offset, size);
            default -> query.people(figure, on, setting, reason, teams, offset, size);
        };
        List<SupportFigureQuery.Record> rows = records.rows();
        ListedPeople people = context.summaries(rows.stream().map(SupportFigureQuery.Record::personId).collect(Collectors.toSet()));
        String period = "discharges".equals(figure) ? "From " + first + " to " + on : "As of " + on;
        audit.record(CurrentStaff.username(), Action.SEARCHED, "support-figure", figure, null, period + ", " + rows.size() + " records"
                + (page > 1 ? ", page " + page : ""));
        return new Page<>(rows.stream().map(r -> {
            PersonSummary p = people.get(r.personId());
            boolean sealed = p == null || p.restricted(); // counted and summed, but not described or linked
            return new FigureRecord(r.personId(), p == null ? null : p.fullName(), sealed ? null : p.personId(), sealed ? null : r.recordId(),
                    sealed ? null : describe(figure, r.detail()), r.from(), r.amount());
        }).toList(), page, size, records.total());
    }

    /** The first day of discharges listed: the one asked for, or the start of the dashboard's 28 days. */
    public static LocalDate dischargesFrom(LocalDate from, LocalDate to) {
        if (from == null) {
            return to.minusDays(DISCHARGE_WINDOW_DAYS - 1);
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "The first day must be on or before the last day");
        }
        return from;
    }

    private static String describe(String figure, String detail) {
        if ("discharges".equals(figure) || "weekly-cost".equals(figure)) {
            return detail;
        }
        String[] parts = detail.split("\\|", -1);
        return Setting.ofRank(Integer.parseInt(parts[0])).label() + "; " + parts[1] + (parts[2].isEmpty() ? "" : "; aged " + parts[2]);
    }

    private static SupportSummary.Share share(String figure, long numerator, long denominator) {
        return new SupportSummary.Share(figure, numerator, denominator, denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }

    private LocalDate date(LocalDate asOf) {
        LocalDate on = asOf == null ? Today.on(clock) : asOf;
        if (on.isAfter(Today.on(clock))) {
            throw new InvalidInput("asOf", "The date must be today or in the past");
        }
        return on;
    }
}
