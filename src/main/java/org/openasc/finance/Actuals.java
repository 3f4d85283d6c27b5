package org.openasc.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.finance.domain.FinanceStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;

/**
 * Ledger actuals imported as CSV ({@code cost_centre, financial_year, period, amount}, with a header row, read by
 * {@link CsvFiles}, so a fault names the line it is on). Rows
 * for the same line and period are added together; importing a period again replaces that period's actuals for
 * the lines in the file. A file with any faulty row is refused whole, with every fault listed by row.
 */
@Service
public class Actuals {

    public static final List<String> HEADER = List.of("cost_centre", "financial_year", "period", "amount");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?|-?\\d+(\\.\\d{1,2})?|\\(\\d[\\d,]*(\\.\\d{1,2})?\\)");
    private static final int MAX_ROWS = 200_000;

    /** What an import did: the batch, how many rows, which periods, how many line-periods replaced ones already held. */
    @Schema(name = "ImportedActuals")
    public record Imported(UUID batchId, String fileName, int rows, BigDecimal total, int linePeriods, int replaced, List<String> periods,
                           List<FieldProblem> rejected) {
    }

    private record Key(UUID line, int year, int period) {
    }

    private final FinanceStore store;
    private final AuditTrail audit;

    Actuals(FinanceStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    @Transactional
    public Imported importFile(String fileName, String text) {
        String name = fileName == null || fileName.isBlank() ? "ledger.csv" : fileName.strip();
        List<CsvFiles.Row> rows = CsvFiles.read(text, HEADER, "file");
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInput("file", "A file may hold up to " + MAX_ROWS + " rows; split it by period");
        }
        Map<String, UUID> lines = store.lineIdsByCostCentre();
        Map<Integer, Integer> closedUpTo = new LinkedHashMap<>();
        Map<Key, BigDecimal> amounts = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CsvFiles.Row row : rows) {
            String at = "rows[" + row.line() + "]";
            if (CsvFiles.misshapen(row)) {
                problems.add(new FieldProblem(at, "Row " + row.line() + " has " + row.fields().get("#columns") + " fields; it needs 4: "
                        + String.join(",", HEADER)));
                continue;
            }
            List<String> r = HEADER.stream().map(row::get).toList();
            UUID line = lines.get(r.get(0));
            FinancialYear year = FinancialYear.parse(r.get(1));
            Integer period = r.get(2).matches("\\d{1,2}") ? Integer.valueOf(r.get(2)) : null;
            BigDecimal amount = amount(r.get(3));
            List<String> faults = new ArrayList<>();
            if (line == null) {
                faults.add("no budget line has cost centre " + (r.get(0).isEmpty() ? "(blank)" : r.get(0)));
            }
            if (year == null) {
                faults.add("the financial year " + r.get(1) + " is not like 2024 or 2024-25");
            }
            if (!FinancialYear.isPeriod(period)) {
                faults.add("the period " + r.get(2) + " is not 1 to 12");
            }
            if (amount == null) {
                faults.add("the amount " + r.get(3) + " is not a number of pounds");
            }
            if (year != null && FinancialYear.isPeriod(period)) {
                int closed = closedUpTo.computeIfAbsent(year.startYear(), y -> {
                    store.lockYear(y);
                    return store.closed(y).size();
                });
                if (period <= closed) {
                    faults.add("period " + period + " of " + year.label() + " is closed");
                }
            }
            if (!faults.isEmpty()) {
                problems.add(new FieldProblem(at, "Row " + row.line() + ": " + String.join("; ", faults)));
                continue;
            }
            amounts.merge(new Key(line, year.startYear(), period), amount, BigDecimal::add);
            total = total.add(amount);
        }
        if (rows.isEmpty()) {
            problems.add(new FieldProblem("file", "The file has a header but no rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID batch = store.addBatch(name, rows.size(), ForecastRules.pounds(total), CurrentStaff.username());
        int replaced = 0;
        TreeSet<String> periods = new TreeSet<>();
        for (Map.Entry<Key, BigDecimal> e : amounts.entrySet()) {
            Key k = e.getKey();
            if (store.replaceActual(k.line(), k.year(), k.period(), ForecastRules.pounds(e.getValue()), batch)) {
                replaced++;
            }
            periods.add(new FinancialYear(k.year()).label() + " P" + String.format("%02d", k.period()));
        }
        audit.record(CurrentStaff.username(), Action.CREATED, "actuals-batch", batch.toString(), name, rows.size() + " rows");
        return new Imported(batch, name, rows.size(), ForecastRules.pounds(total), amounts.size(), replaced, List.copyOf(periods), List.of());
    }

    @PreAuthorize(FinanceAccess.MANAGE)
    public List<FinanceStore.Batch> recent() {
        return store.batches(20);
    }

    /** Pounds as a ledger writes them: 1234.5, 1,234.50, -12 or (12.00) for a credit. */
    static BigDecimal amount(String text) {
        if (text == null || !AMOUNT.matcher(text).matches()) {
            return null;
        }
        boolean credit = text.startsWith("(");
        BigDecimal value = new BigDecimal(text.replace(",", "").replace("(", "").replace(")", ""));
        return credit ? value.negate() : value;
    }
}
