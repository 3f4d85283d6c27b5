package org.openasc.performance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The performance schema: measures, rules, targets, kept values, benchmarks and population. */
@Repository
public class PerformanceStore {

    /** A measure as held; null rule columns mean the default rule applies. */
    public record MeasureRow(String reference, String name, String measureGroup, String numerator, String denominator, String unit,
                             String polarity, String basis, String owner, String source, int position, BigDecimal greenWithin,
                             BigDecimal amberWithin, String ragBasis, String baselineFrom, int version, String populationBand) {
    }

    public record RagDefault(BigDecimal greenWithin, BigDecimal amberWithin, String ragBasis, int version) {
    }

    public record TargetRow(String reference, int financialYear, BigDecimal target, BigDecimal bandLower, BigDecimal bandUpper, int version,
                            String setBy, Instant setAt) {
    }

    public record ValueRow(String reference, String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source,
                           String recordedBy, Instant recordedAt, int version) {
    }

    public record Revision(String reference, String period, BigDecimal previousValue, BigDecimal value, String reason, String revisedBy,
                           Instant revisedAt) {
    }

    public record TargetChange(int financialYear, String description, String setBy, Instant setAt) {
    }

    public record BenchmarkRow(String reference, int year, String areaCode, String areaName, BigDecimal value) {
    }

    public record PopulationRow(int year, String ageBand, int population) {
    }

    private static final String MEASURE = "select reference, name, measure_group, numerator, denominator, unit, polarity, basis, owner, source,"
            + " position, green_within, amber_within, rag_basis, baseline_from, version, population_band from performance.measure";

    private final JdbcClient jdbc;

    PerformanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MeasureRow> measures() {
        return jdbc.sql(MEASURE + " order by position, reference").query(MeasureRow.class).list();
    }

    public Optional<MeasureRow> measure(String reference) {
        return jdbc.sql(MEASURE + " where reference = :r").param("r", reference).query(MeasureRow.class).optional();
    }

    /** Adds a measure or, for a computed one already held, refreshes its definition from the module that computes it. */
    public void saveDefinition(MeasureRow m, String by) {
        jdbc.sql("""
                insert into performance.measure (reference, name, measure_group, numerator, denominator, unit, polarity, basis, owner, source,
                  position, population_band, created_by)
                values (:reference, :name, :group, :numerator, :denominator, :unit, :polarity, :basis, :owner, :source, :position, :band, :by)
                on conflict (reference) do update set name = excluded.name, measure_group = excluded.measure_group,
                  numerator = excluded.numerator, denominator = excluded.denominator, unit = excluded.unit, polarity = excluded.polarity,
                  basis = excluded.basis, position = excluded.position, population_band = excluded.population_band
                  where performance.measure.source = 'COMPUTED'
                    and (performance.measure.name, performance.measure.measure_group, performance.measure.numerator,
                         coalesce(performance.measure.denominator, ''), performance.measure.unit, performance.measure.polarity,
                         performance.measure.basis, performance.measure.position, coalesce(performance.measure.population_band, ''))
                    is distinct from (excluded.name, excluded.measure_group, excluded.numerator, coalesce(excluded.denominator, ''),
                         excluded.unit, excluded.polarity, excluded.basis, excluded.position, coalesce(excluded.population_band, ''))""")
                .param("reference", m.reference()).param("name", m.name()).param("group", m.measureGroup()).param("numerator", m.numerator())
                .param("denominator", m.denominator()).param("unit", m.unit()).param("polarity", m.polarity()).param("basis", m.basis())
                .param("owner", m.owner()).param("source", m.source()).param("position", m.position()).param("band", m.populationBand())
                .param("by", by).update();
    }

    public int nextPosition() {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from performance.measure").query(Integer.class).single();
    }

    /** Sets the measure's own RAG rule (nulls: back to the default); false when it changed since {@code version}. */
    public boolean setRule(String reference, BigDecimal green, BigDecimal amber, String basis, int version, String by) {
        return jdbc.sql("update performance.measure set green_within = :g, amber_within = :a, rag_basis = :b, version = version + 1,"
                        + " changed_by = :by, changed_at = now() where reference = :r and version = :v")
                .param("g", green).param("a", amber).param("b", basis).param("r", reference).param("v", version).param("by", by).update() == 1;
    }

    public boolean setBaseline(String reference, String from, int version, String by) {
        return jdbc.sql("update performance.measure set baseline_from = :f, version = version + 1, changed_by = :by, changed_at = now()"
                        + " where reference = :r and version = :v")
                .param("f", from).param("r", reference).param("v", version).param("by", by).update() == 1;
    }

    public RagDefault ragDefault() {
        return jdbc.sql("select green_within, amber_within, rag_basis, version from performance.rag_default").query(RagDefault.class).single();
    }

    public boolean setRagDefault(BigDecimal green, BigDecimal amber, String basis, int version, String by) {
        return jdbc.sql("update performance.rag_default set green_within = :g, amber_within = :a, rag_basis = :b, version = version + 1,"
                        + " changed_by = :by, changed_at = now() where version = :v")
                .param("g", green).param("a", amber).param("b", basis).param("v", version).param("by", by).update() == 1;
    }

    public List<TargetRow> targets(String reference) {
        return jdbc.sql("select reference, financial_year, target, band_lower, band_upper, version, set_by, set_at from performance.target"
                + " where reference = :r order by financial_year").param("r", reference).query(TargetRow.class).list();
    }

    /** Month targets of a year's profile, by period. */
    public Map<String, BigDecimal> profile(String reference, int financialYear) {
        Map<String, BigDecimal> months = new LinkedHashMap<>();
        jdbc.sql("select period, target from performance.target_profile where reference = :r and financial_year = :fy order by period")
                .param("r", reference).param("fy", financialYear)
                .query((rs, n) -> months.put(rs.getString("period"), rs.getBigDecimal("target"))).list();
        return months;
    }

    /**
     * Sets a year's target: inserts it when {@code version} is null and none exists, else updates it from that version;
     * false when someone else set it first.
     */
    public boolean setTarget(String reference, int fy, BigDecimal target, BigDecimal lower, BigDecimal upper, Integer version, String by) {
        int n = version == null
                ? jdbc.sql("insert into performance.target (reference, financial_year, target, band_lower, band_upper, set_by)"
                        + " values (:r, :fy, :t, :l, :u, :by) on conflict do nothing")
                .param("r", reference).param("fy", fy).param("t", target).param("l", lower).param("u", upper).param("by", by).update()
                : jdbc.sql("update performance.target set target = :t, band_lower = :l, band_upper = :u, version = version + 1, set_by = :by,"
                        + " set_at = now() where reference = :r and financial_year = :fy and version = :v")
                .param("r", reference).param("fy", fy).param("t", target).param("l", lower).param("u", upper).param("v", version)
                .param("by", by).update();
        return n == 1;
    }

    public void replaceProfile(String reference, int fy, Map<String, BigDecimal> months) {
        jdbc.sql("delete from performance.target_profile where reference = :r and financial_year = :fy").param("r", reference).param("fy", fy).update();
        months.forEach((period, target) -> jdbc.sql("insert into performance.target_profile (reference, financial_year, period, target)"
                + " values (:r, :fy, :p, :t)").param("r", reference).param("fy", fy).param("p", period).param("t", target).update());
    }

    public void noteTarget(String reference, int fy, String description, String by) {
        jdbc.sql("insert into performance.target_history (reference, financial_year, description, set_by) values (:r, :fy, :d, :by)")
                .param("r", reference).param("fy", fy).param("d", description).param("by", by).update();
    }

    public List<TargetChange> targetHistory(String reference) {
        return jdbc.sql("select financial_year, description, set_by, set_at from performance.target_history where reference = :r order by id desc")
                .param("r", reference).query(TargetChange.class).list();
    }

    /** Kept and entered values of measures between two periods (inclusive), in period order. */
    public List<ValueRow> values(Collection<String> references, String from, String to) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select reference, period, value, numerator, denominator, source, recorded_by, recorded_at, version"
                        + " from performance.measure_value where reference in (:refs) and period between :from and :to order by reference, period")
                .param("refs", references).param("from", from).param("to", to).query(ValueRow.class).list();
    }

    /** Each measure's latest period with a value, up to and including {@code upTo}; a measure with none is left out. */
    public Map<String, String> latestPeriods(Collection<String> references, String upTo) {
        Map<String, String> latest = new java.util.HashMap<>();
        if (references.isEmpty()) {
            return latest;
        }
        jdbc.sql("select reference, max(period) from performance.measure_value where reference in (:refs) and period <= :to group by reference")
                .param("refs", references).param("to", upTo).query((rs, n) -> latest.put(rs.getString(1), rs.getString(2))).list();
        return latest;
    }

    public Optional<ValueRow> value(String reference, String period) {
        return jdbc.sql("select reference, period, value, numerator, denominator, source, recorded_by, recorded_at, version"
                + " from performance.measure_value where reference = :r and period = :p").param("r", reference).param("p", period)
                .query(ValueRow.class).optional();
    }

    /** Keeps a value that is not yet held; false when one already is (the daily job is idempotent). */
    public boolean keep(String reference, String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source, String by) {
        return jdbc.sql("insert into performance.measure_value (reference, period, value, numerator, denominator, source, recorded_by)"
                        + " values (:r, :p, :v, :n, :d, :s, :by) on conflict do nothing")
                .param("r", reference).param("p", period).param("v", value).param("n", numerator).param("d", denominator).param("s", source)
                .param("by", by).update() == 1;
    }

    /** Replaces a held value from its version, keeping the revision; false when it changed since. */
    public boolean revise(ValueRow was, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source, String reason, String by) {
        int n = jdbc.sql("update performance.measure_value set value = :v, numerator = :n, denominator = :d, source = :s, recorded_by = :by,"
                        + " recorded_at = now(), version = version + 1 where reference = :r and period = :p and version = :version")
                .param("v", value).param("n", numerator).param("d", denominator).param("s", source).param("by", by).param("r", was.reference())
                .param("p", was.period()).param("version", was.version()).update();
        if (n == 1) {
            jdbc.sql("insert into performance.value_revision (reference, period, previous_value, value, reason, revised_by)"
                            + " values (:r, :p, :was, :v, :reason, :by)")
                    .param("r", was.reference()).param("p", was.period()).param("was", was.value()).param("v", value).param("reason", reason)
                    .param("by", by).update();
        }
        return n == 1;
    }

    public List<Revision> revisions(String reference, String from, String to) {
        return jdbc.sql("select reference, period, previous_value, value, reason, revised_by, revised_at from performance.value_revision"
                        + " where reference = :r and period between :from and :to order by id")
                .param("r", reference).param("from", from).param("to", to).query(Revision.class).list();
    }

    /** Takes the job's lock for this transaction, so two nodes never keep the same month twice at once. */
    public boolean lockMonthEnds() {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('performance.month-ends'))").query(Boolean.class).single());
    }

    public void saveBenchmarks(List<BenchmarkRow> rows, String by) {
        for (BenchmarkRow b : rows) {
            jdbc.sql("""
                    insert into performance.benchmark (reference, year, area_code, area_name, value, imported_by) values (:r, :y, :c, :n, :v, :by)
                    on conflict (reference, year, area_code) do update set area_name = excluded.area_name, value = excluded.value,
                      imported_by = excluded.imported_by, imported_at = now()""")
                    .param("r", b.reference()).param("y", b.year()).param("c", b.areaCode()).param("n", b.areaName()).param("v", b.value())
                    .param("by", by).update();
        }
    }

    public List<BenchmarkRow> benchmarks(String reference, int year) {
        return jdbc.sql("select reference, year, area_code, area_name, value from performance.benchmark where reference = :r and year = :y"
                + " order by area_name").param("r", reference).param("y", year).query(BenchmarkRow.class).list();
    }

    public List<Integer> benchmarkYears(String reference) {
        return jdbc.sql("select distinct year from performance.benchmark where reference = :r order by year desc").param("r", reference)
                .query(Integer.class).list();
    }

    public boolean addGroup(String name, String description, List<String> areaCodes, String by) {
        if (jdbc.sql("insert into performance.comparator_group (name, description, created_by) values (:n, :d, :by) on conflict do nothing")
                .param("n", name).param("d", description).param("by", by).update() == 0) {
            return false;
        }
        areaCodes.forEach(c -> jdbc.sql("insert into performance.comparator_member (group_name, area_code) values (:n, :c) on conflict do nothing")
                .param("n", name).param("c", c).update());
        return true;
    }

    /** Comparator groups with their member area codes, by name. */
    public Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        jdbc.sql("select name from performance.comparator_group order by name").query(String.class).list()
                .forEach(g -> groups.put(g, new java.util.ArrayList<>()));
        jdbc.sql("select group_name, area_code from performance.comparator_member order by group_name, area_code")
                .query((rs, n) -> groups.get(rs.getString(1)).add(rs.getString(2))).list();
        return groups;
    }

    public void savePopulation(List<PopulationRow> rows, String by) {
        for (PopulationRow p : rows) {
            jdbc.sql("insert into performance.population (year, age_band, population, imported_by) values (:y, :b, :p, :by)"
                            + " on conflict (year, age_band) do update set population = excluded.population, imported_by = excluded.imported_by,"
                            + " imported_at = now()")
                    .param("y", p.year()).param("b", p.ageBand()).param("p", p.population()).param("by", by).update();
        }
    }

    /**
     * The estimate for an age band in the latest year up to {@code year}: the band itself, or else the sum of the finer
     * bands inside it (65-74, 75-84 and 85+ make 65+); empty when none is held.
     */
    public Optional<PopulationRow> population(int year, String band) {
        int[] wanted = bounds(band);
        Map<Integer, Integer> byYear = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        Map<Integer, Boolean> exact = new java.util.HashMap<>();
        for (PopulationRow p : population()) {
            int[] b = bounds(p.ageBand());
            if (p.year() <= year && b[0] >= wanted[0] && b[1] <= wanted[1]) {
                if (p.ageBand().equals(band)) {
                    byYear.put(p.year(), p.population());
                    exact.put(p.year(), true);
                } else if (!exact.getOrDefault(p.year(), false)) {
                    byYear.merge(p.year(), p.population(), Integer::sum);
                }
            }
        }
        return byYear.entrySet().stream().findFirst().map(e -> new PopulationRow(e.getKey(), band, e.getValue()));
    }

    private static int[] bounds(String band) {
        return band.endsWith("+") ? new int[] {Integer.parseInt(band.substring(0, band.length() - 1)), Integer.MAX_VALUE}
                : java.util.Arrays.stream(band.split("-")).mapToInt(Integer::parseInt).toArray();
    }

    public List<PopulationRow> population() {
        return jdbc.sql("select year, age_band, population from performance.population order by year desc, age_band").query(PopulationRow.class).list();
    }
}
