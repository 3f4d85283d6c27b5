package org.openasc.liberty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.openasc.liberty.domain.ApplicationStore;
import org.openasc.people.PersonRecords;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.calendar.Today;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;

/**
 * DoLS counted: the backlog as it stood on a day (by priority, by how long waiting, overdue, received month by month,
 * renewals due, authorisations in force) and NHS England's annual DoLS return, one row per application active in the
 * financial year. The applications themselves are worked in {@link DolsApplications}.
 */
@Service
public class DolsStatistics {

    private final ApplicationStore store;
    private final PersonRecords people;
    private final AuditTrail audit;
    private final Clock clock;

    DolsStatistics(ApplicationStore store, PersonRecords people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(DolsApplications.SEE)
    public DolsBacklog backlog(LocalDate asOf) {
        LocalDate on = asOf == null ? Today.on(clock) : asOf;
        if (on.isAfter(Today.on(clock))) {
            throw new InvalidInput("asOf", "The date must be today or in the past");
        }
        Map<String, Long> byPriority = new LinkedHashMap<>();
        Map<String, Long> counted = store.waitingBy("coalesce(priority, 'NOT_PRIORITISED')", on);
        for (String p : List.of("HIGH", "MEDIUM", "LOW", "NOT_PRIORITISED")) {
            byPriority.put(p, counted.getOrDefault(p, 0L));
        }
        Map<String, Long> byAge = new LinkedHashMap<>();
        Map<String, Long> ages = store.waitingBy("""
                case when :asOf - received_on <= 21 then 'Within 21 days' when :asOf - received_on <= 90 then '22 days to 3 months'
                  when :asOf - received_on <= 182 then '3 to 6 months' when :asOf - received_on <= 365 then '6 to 12 months' else 'Over a year' end""", on);
        for (String band : List.of("Within 21 days", "22 days to 3 months", "3 to 6 months", "6 to 12 months", "Over a year")) {
            byAge.put(band, ages.getOrDefault(band, 0L));
        }
        long waiting = byPriority.values().stream().mapToLong(Long::longValue).sum();
        long overdue = store.countForFigures(ApplicationStore.WAITING + " and received_on + 21 < :asOf", on);
        YearMonth last = YearMonth.from(on);
        Map<String, Long> received = store.receivedByMonth(last.minusMonths(11).atDay(1), on);
        List<DolsBacklog.Month> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            months.add(new DolsBacklog.Month(m.toString(), received.getOrDefault(m.toString(), 0L)));
        }
        BigDecimal average = BigDecimal.valueOf(months.stream().mapToLong(DolsBacklog.Month::received).sum()).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
        long renewals = store.countForFigures(ApplicationStore.RENEWAL_DUE, on);
        long active = store.countForFigures("outcome = 'GRANTED' and signed_off_on <= :asOf and authorised_from <= :asOf"
                + " and coalesce(ceased_on, authorised_to) >= :asOf", on);
        return new DolsBacklog(on, waiting, byPriority, byAge, overdue, months, average, renewals, active);
    }

    /** The annual DoLS return: one row per application active in the financial year, with the national fields. */
    @PreAuthorize("hasAnyRole('DOLS','PERFORMANCE')")
    public String returnCsv(Integer financialYear, String laCode) {
        int year = Today.on(clock).getYear();
        if (financialYear == null || financialYear < 2015 || financialYear > year) {
            throw new InvalidInput("financialYear", "Choose the year the financial year starts in, from 2015 to " + year);
        }
        LocalDate from = LocalDate.of(financialYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        List<ApplicationStore.Row> rows = store.activeIn(from, to);
        Map<UUID, String> references = people.referencesForReturns(rows.stream().map(ApplicationStore.Row::personId).toList());
        Map<UUID, List<ApplicationStore.AssessmentRow>> assessed = store.assessmentsForReturn(rows.stream().map(ApplicationStore.Row::id).toList());
        List<DolsReturnFile.Line> lines = new ArrayList<>(rows.size());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (ApplicationStore.Row r : rows) {
            String personRef = references.get(r.personId());
            Map<String, ApplicationStore.AssessmentRow> results = new LinkedHashMap<>();
            assessed.getOrDefault(r.id(), List.of()).forEach(a -> results.put(a.requirement(), a));
            LocalDate lastAssessed = results.values().stream().map(ApplicationStore.AssessmentRow::assessedOn).filter(java.util.Objects::nonNull)
                    .max(LocalDate::compareTo).orElse(null);
            List<Integer> requirements = new ArrayList<>();
            for (Requirement q : Requirement.values()) {
                ApplicationStore.AssessmentRow a = results.get(q.name());
                requirements.add(a == null ? 0 : Requirement.Status.valueOf(a.status()).code());
            }
            lines.add(new DolsReturnFile.Line(laCode, personRef, financialYear, index.merge(personRef, 1, Integer::sum), r.cqcLocationCode(),
                    r.receivedOn(), r.urgent(), requirements, lastAssessed, r.signedOffOn(), ApplicationViews.status(r), r.authorisedFrom(), r.authorisedTo()));
        }
        audit.record(CurrentStaff.username(), Action.SEARCHED, "return", "DoLS", String.valueOf(financialYear), rows.size() + " applications");
        return DolsReturnFile.csv(lines);
    }
}
