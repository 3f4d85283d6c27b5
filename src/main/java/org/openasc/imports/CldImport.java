package org.openasc.imports;

import static org.openasc.returns.domain.CldFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.codelist.CodeLists;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.security.Access;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.web.InvalidInput;
import org.openasc.returns.domain.CldRules;

/**
 * Brings in a Client Level Data Release 2 file from a council's previous system. The whole file is checked first by the
 * return's own rules and by what the record needs (a council person ID that is a number, identifiers that agree with
 * the people already held, a team for new services); any refused row refuses the file, so nothing is half-applied. The
 * rows are then applied by the modules that own each record in one transaction: matched, not duplicated, so the same
 * file twice changes nothing, and references that are OpenASC's keep their numbers, so a file exported by one OpenASC
 * and brought into an empty one exports the same again. A dry run does all of it and rolls back.
 */
@Service
public class CldImport {

    /** A row refused: its line in the file (the header is line 1), the field and why. */
    public record Refusal(long row, String field, String reason) {
    }

    /** What the file did (or, in a dry run, would do). */
    public record Result(boolean dryRun, int accepted, List<Refusal> refused, Map<String, Integer> created, Map<String, Integer> updated) {
    }

    private final CodeLists codes;
    private final CldApplication application;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;

    CldImport(CodeLists codes, CldApplication application, TransactionTemplate transactions, AuditTrail audit) {
        this.codes = codes;
        this.application = application;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Checks the file and, unless a dry run or anything is refused, applies it; {@code teamId} holds new services. */
    @PreAuthorize(Access.IMPORT_RECORDS)
    public Result load(String csv, Long teamId, boolean dryRun) {
        Parsed file = read(csv);
        List<String[]> rows = file.rows();
        List<Refusal> refused = new ArrayList<>();
        LocalDate start = CldRules.date(value(rows.get(0), PERIOD_START));
        LocalDate end = CldRules.date(value(rows.get(0), PERIOD_END));
        if (start == null || end == null || end.isBefore(start)) {
            throw new InvalidInput("file", "The first row's reporting period must be two dates, dd/mm/yyyy, the start before the end");
        }
        new CldRules(codes).check(rows, start, end).forEach(f -> refused.add(new Refusal(file.line(f.row()), f.field(), f.message())));
        for (int i = 0; i < rows.size(); i++) {
            String id = value(rows.get(i), PERSON_ID);
            if (id != null && !id.matches("[0-9]{1,9}")) {
                refused.add(new Refusal(file.lines().get(i), PERSON_ID, "'" + id + "' is not a council person ID OpenASC can keep: a number of"
                        + " up to 9 digits (10 digits are read as an NHS number)"));
            }
        }
        String by = CurrentStaff.username();
        Result result = transactions.execute(status -> {
            refused.addAll(application.refusals(file, teamId));
            if (!refused.isEmpty()) {
                status.setRollbackOnly();
                return new Result(dryRun, 0, List.copyOf(refused), Map.of(), Map.of());
            }
            CldApplication.Outcome outcome = application.apply(file, end, teamId, by, !dryRun);
            if (!outcome.refused().isEmpty() || dryRun) {
                status.setRollbackOnly();
            }
            return outcome.refused().isEmpty() ? new Result(dryRun, rows.size(), List.of(), outcome.created(), outcome.updated())
                    : new Result(dryRun, 0, outcome.refused(), Map.of(), Map.of());
        });
        if (!result.refused().isEmpty()) {
            return refuse(result.refused(), rows.size(), dryRun);
        }
        if (!dryRun) {
            audit.record(by, Action.CREATED, "cld-import", null, String.valueOf(end),
                    "Client Level Data file brought in: " + rows.size() + " rows; created " + result.created() + "; updated " + result.updated());
        }
        return result;
    }

    private Result refuse(List<Refusal> refused, int rows, boolean dryRun) {
        audit.record(CurrentStaff.username(), Action.REFUSED, "cld-import", null, null,
                "Client Level Data file refused: " + refused.size() + " problems in " + rows + " rows");
        return new Result(dryRun, 0, refused, Map.of(), Map.of());
    }

    /** The file's rows in the Release 2 column order, with the line each was on (blank lines are skipped, not counted). */
    record Parsed(List<String[]> rows, List<Long> lines) {

        /** The file line of the n-th data row counted from 2, as the rules number them. */
        long line(long counted) {
            return lines.get((int) counted - 2);
        }
    }

    /** The file's rows; the literal text NULL, which some systems write, read as blank. */
    static Parsed read(String csv) {
        List<String> header = HEADER.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<CsvFiles.Row> parsed = CsvFiles.read(csv, header, "file");
        if (parsed.isEmpty()) {
            throw new InvalidInput("file", "The file has a header but no rows");
        }
        List<String[]> rows = new ArrayList<>(parsed.size());
        List<Long> lines = new ArrayList<>(parsed.size());
        for (CsvFiles.Row row : parsed) {
            lines.add(row.line());
            if (CsvFiles.misshapen(row)) {
                throw new InvalidInput("file", "Line " + row.line() + " has " + row.fields().get("#columns") + " fields; the header has " + HEADER.size());
            }
            rows.add(header.stream().map(row::get).map(v -> v == null || v.isBlank() || "NULL".equals(v) ? null : v).toArray(String[]::new));
        }
        return new Parsed(rows, lines);
    }

    static String value(String[] row, String column) {
        return CldRules.value(row, column);
    }

    /** Counts by kind of record, in a fixed order. */
    static Map<String, Integer> counts(int people, int requests, int assessments, int services, int reviews) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("people", people);
        counts.put("requests", requests);
        counts.put("assessments", assessments);
        counts.put("services", services);
        counts.put("reviews", reviews);
        return counts;
    }
}
