package org.openasc.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.performance.domain.PerformanceStore;
import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.audit.AuditTrail.Action;
import org.openasc.platform.csv.CsvFiles;
import org.openasc.platform.security.CurrentStaff;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.web.FieldChecks;
import org.openasc.platform.web.FieldProblem;
import org.openasc.platform.web.InvalidInput;
import org.openasc.platform.web.NotFound;

/**
 * Comparisons with other councils: published values imported as CSV, comparator groups (nearest neighbours, region,
 * England), and the council's rank, quartile and the group's median; and ONS population estimates for rates.
 */
@Service
public class Benchmarks {

    static final List<String> BENCHMARK_HEADER = List.of("measure", "year", "area_code", "area_name", "value");
    static final List<String> POPULATION_HEADER = List.of("year", "age_band", "population");
    /** The group of every area with a value, when no comparator group is named. */
    public static final String ALL_AREAS = "All areas in the file";

    /** The council's place among a group for a year. */
    @Schema(name = "BenchmarkComparison")
    public record Comparison(String reference, int year, String group, BigDecimal value, Integer rank, int of, Integer quartile,
                             String quartileInWords, BigDecimal median, List<Area> areas) {
    }

    public record Area(String areaCode, String areaName, BigDecimal value, boolean council) {
    }

    @Schema(name = "ImportedBenchmarks")
    public record Imported(int rows, List<String> measures, List<Integer> years) {
    }

    private final PerformanceStore store;
    private final Measures measures;
    private final PerformanceProperties properties;
    private final AuditTrail audit;

    Benchmarks(PerformanceStore store, Measures measures, PerformanceProperties properties, AuditTrail audit) {
        this.store = store;
        this.measures = measures;
        this.properties = properties;
        this.audit = audit;
    }

    /** Imports a benchmark file whole, or refuses it whole with every faulty row listed. */
    @PreAuthorize(Measures.MANAGE)
    @Transactional
    public Imported importFile(String fileName, String text) {
        List<CsvFiles.Row> rows = CsvFiles.read(text, BENCHMARK_HEADER, "file");
        Set<String> known = new HashSet<>();
        store.measures().forEach(m -> known.add(m.reference()));
        List<FieldProblem> problems = new ArrayList<>();
        List<PerformanceStore.BenchmarkRow> good = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvFiles.Row r : rows) {
            String where = "Row " + r.line() + ": ";
            if (CsvFiles.misshapen(r)) {
                problems.add(new FieldProblem("file", where + "has " + r.fields().get("#columns") + " fields; every row needs 5"));
                continue;
            }
            String measure = r.get("measure");
            Integer year = integer(r.get("year"));
            BigDecimal value = decimal(r.get("value"));
            int before = problems.size();
            if (measure == null || !known.contains(measure)) {
                problems.add(new FieldProblem("file", where + "there is no measure " + quoted(measure) + " in the library"));
            }
            if (year == null || year < 2000 || year > 2100) {
                problems.add(new FieldProblem("file", where + "the year " + quoted(r.get("year")) + " is not a year such as 2023"));
            }
            if (blank(r.get("area_code")) || r.get("area_code").length() > 20) {
                problems.add(new FieldProblem("file", where + "give the area code (20 characters or fewer)"));
            }
            if (blank(r.get("area_name")) || r.get("area_name").length() > 200) {
                problems.add(new FieldProblem("file", where + "give the area name (200 characters or fewer)"));
            }
            if (value == null) {
                problems.add(new FieldProblem("file", where + "the value " + quoted(r.get("value")) + " is not a number"));
            } else if (value.abs().compareTo(Measures.LIMIT) >= 0) {
                problems.add(new FieldProblem("file", where + "the value " + quoted(r.get("value")) + " is too large: it must be below 1,000,000,000,000"));
            }
            if (problems.size() == before && !seen.add(measure + "|" + year + "|" + r.get("area_code"))) {
                problems.add(new FieldProblem("file", where + "repeats " + measure + " " + year + " for " + r.get("area_code")));
            }
            if (problems.size() == before) {
                good.add(new PerformanceStore.BenchmarkRow(measure, year, r.get("area_code"), r.get("area_name"), value));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new FieldProblem("file", "The file has a header but no rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.saveBenchmarks(good, CurrentStaff.username());
        List<String> refs = good.stream().map(PerformanceStore.BenchmarkRow::reference).distinct().sorted().toList();
        List<Integer> years = good.stream().map(PerformanceStore.BenchmarkRow::year).distinct().sorted().toList();
        audit.record(CurrentStaff.username(), Action.CREATED, "benchmarks", null, fileName, good.size() + " values for " + refs + " in " + years);
        return new Imported(good.size(), refs, years);
    }

    @PreAuthorize(Measures.MANAGE)
    @Transactional
    public Map<String, List<String>> addGroup(MeasureCommands.ComparatorGroup g) {
        FieldChecks c = new FieldChecks().text(g.name(), "name", "the group's name, such as Nearest neighbours", 100);
        if (g.description() != null && g.description().length() > 500) {
            c.add("description", "Describe the group in 500 characters or fewer");
        }
        List<String> codes = g.areaCodes() == null ? List.of() : g.areaCodes().stream().map(a -> a == null ? "" : a.strip()).distinct().toList();
        if (codes.isEmpty()) {
            c.add("areaCodes", "List the area codes in the group, such as E10000018");
        } else if (codes.stream().anyMatch(a -> a.isEmpty() || a.length() > 20)) {
            c.add("areaCodes", "Each area code is 1 to 20 characters");
        }
        c.orRefuse();
        if (!store.addGroup(g.name().strip(), g.description(), codes, CurrentStaff.username())) {
            throw new InvalidInput("name", "There is already a comparator group called " + g.name().strip());
        }
        audit.record(CurrentStaff.username(), Action.CREATED, "comparator-group", g.name().strip(), g.name().strip(), codes.size() + " areas");
        return groups();
    }

    @PreAuthorize(Measures.READ)
    public Map<String, List<String>> groups() {
        return store.groups();
    }

    @PreAuthorize(Measures.READ)
    public List<Integer> years(String reference) {
        return store.benchmarkYears(measures.row(reference).reference());
    }

    /** The council against a group (or every area in the files) for a year. */
    @PreAuthorize(Measures.READ)
    public Comparison compare(String reference, Integer year, String group) {
        PerformanceStore.MeasureRow m = measures.row(reference);
        List<Integer> years = store.benchmarkYears(m.reference());
        int y = year != null ? year : years.isEmpty() ? 0 : years.get(0);
        if (years.isEmpty() || !years.contains(y)) {
            throw new NotFound("Benchmarks of " + m.reference() + (year == null ? "" : " for " + year));
        }
        String groupName = group == null || group.isBlank() ? ALL_AREAS : group.strip();
        Set<String> members = null;
        if (!ALL_AREAS.equals(groupName)) {
            List<String> codes = store.groups().get(groupName);
            if (codes == null) {
                throw new InvalidInput("group", "There is no comparator group called " + groupName);
            }
            members = new HashSet<>(codes);
            members.add(properties.areaCode());
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<Area> areas = new ArrayList<>();
        for (PerformanceStore.BenchmarkRow b : store.benchmarks(m.reference(), y)) {
            if (members == null || members.contains(b.areaCode())) {
                values.put(b.areaCode(), b.value());
                areas.add(new Area(b.areaCode(), b.areaName(), b.value(), b.areaCode().equals(properties.areaCode())));
            }
        }
        BenchmarkRank.Result r = BenchmarkRank.of(properties.areaCode(), values, MeasureFigures.Polarity.valueOf(m.polarity()));
        return new Comparison(m.reference(), y, groupName, r.value(), r.rank(), r.of(), r.quartile(), BenchmarkRank.quartileInWords(r.quartile()),
                r.median(), areas);
    }

    @PreAuthorize(Measures.MANAGE)
    @Transactional
    public List<PerformanceStore.PopulationRow> importPopulation(String fileName, String text) {
        List<CsvFiles.Row> rows = CsvFiles.read(text, POPULATION_HEADER, "file");
        List<FieldProblem> problems = new ArrayList<>();
        List<PerformanceStore.PopulationRow> good = new ArrayList<>();
        for (CsvFiles.Row r : rows) {
            String where = "Row " + r.line() + ": ";
            Integer year = integer(r.get("year"));
            Integer population = integer(r.get("population"));
            String band = r.get("age_band");
            int before = problems.size();
            if (CsvFiles.misshapen(r)) {
                problems.add(new FieldProblem("file", where + "every row needs a year, an age band and a population"));
                continue;
            }
            if (year == null || year < 2000 || year > 2100) {
                problems.add(new FieldProblem("file", where + "the year " + quoted(r.get("year")) + " is not a year such as 2023"));
            }
            if (band == null || !band.matches("\\d{1,3}(-\\d{1,3}|\\+)")) {
                problems.add(new FieldProblem("file", where + "the age band " + quoted(band) + " is not like 18-64 or 65+"));
            }
            if (population == null || population < 0) {
                problems.add(new FieldProblem("file", where + "the population " + quoted(r.get("population")) + " is not a whole number"));
            }
            if (problems.size() == before) {
                good.add(new PerformanceStore.PopulationRow(year, band, population));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new FieldProblem("file", "The file has a header but no rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.savePopulation(good, CurrentStaff.username());
        audit.record(CurrentStaff.username(), Action.CREATED, "population", null, fileName, good.size() + " estimates");
        return store.population();
    }

    @PreAuthorize(Measures.READ)
    public List<PerformanceStore.PopulationRow> population() {
        return store.population();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String quoted(String s) {
        return s == null || s.isBlank() ? "(blank)" : "'" + s + "'";
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
