package org.openasc.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.finance.FinanceCommands;

/** Budget lines, their budgets and changes, actuals, assumptions, adjustments, closed periods and commentary. */
@Repository
public class FinanceStore {

    public record Line(UUID id, String costCentre, String name, String serviceGroup, String reportSection, String restOfYear, int version) {
    }

    public record Budget(BigDecimal originalBudget, int version) {
    }

    @Schema(name = "BudgetChange")
    public record Change(String kind, BigDecimal amount, LocalDate on, int period, String reason, String by) {
    }

    public record Batch(UUID id, String fileName, int rows, BigDecimal total, OffsetDateTime importedAt, String importedBy) {
    }

    public record Demand(BigDecimal packagesPerWeek, BigDecimal averageWeeklyCost, String basis, String setBy, int version) {
    }

    public record Closed(int period, OffsetDateTime closedAt, String closedBy) {
    }

    /** A period of a financial year (by the year it starts). */
    public record Period(int financialYear, int period) {
    }

    private final JdbcClient jdbc;

    FinanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addLine(UUID id, FinanceCommands.BudgetLine l, String by) {
        jdbc.sql("insert into finance.report_section (name, position) select :s, coalesce(max(position), 0) + 1 from finance.report_section"
                + " on conflict (name) do nothing").param("s", l.reportSection().strip()).update();
        jdbc.sql("insert into finance.budget_line (id, cost_centre, name, service_group, report_section, rest_of_year, created_by)"
                        + " values (:id, :cc, :name, :group, :s, :rest, :by)")
                .param("rest", l.restOfYear() == null ? "NONE" : l.restOfYear()).param("id", id).param("cc", l.costCentre().strip()).param("name", l.name().strip()).param("group", l.serviceGroup().strip())
                .param("s", l.reportSection().strip()).param("by", by).update();
        for (FinanceCommands.ServiceMapping m : l.services() == null ? List.<FinanceCommands.ServiceMapping>of() : l.services()) {
            jdbc.sql("insert into finance.line_service (line_id, service_type, service_component) values (:id, :t, :c)").param("id", id)
                    .param("t", m.serviceType()).param("c", m.serviceComponent() == null || m.serviceComponent().isBlank() ? null : m.serviceComponent())
                    .update();
        }
    }

    /** Sets how the line forecasts the rest of the year; false if it changed since the version the change was based on. */
    public boolean setRestOfYear(UUID id, String basis, Integer version) {
        return jdbc.sql("update finance.budget_line set rest_of_year = :b, version = version + 1 where id = :id and version = :v").param("id", id)
                .param("b", basis).param("v", version == null ? -1 : version).update() == 1;
    }

    /** The line already paying for a type (and component), if any. */
    public Optional<String> mappedTo(String serviceType, String component) {
        return jdbc.sql("select l.cost_centre from finance.line_service m join finance.budget_line l on l.id = m.line_id"
                        + " where m.service_type = :t and coalesce(m.service_component, '') = coalesce(:c, '')")
                .param("t", serviceType).param("c", component == null || component.isBlank() ? null : component).query(String.class).optional();
    }

    public Optional<Line> line(UUID id) {
        return jdbc.sql("select id, cost_centre, name, service_group, report_section, rest_of_year, version from finance.budget_line where id = :id").param("id", id)
                .query(Line.class).optional();
    }

    public Optional<Line> lineByCostCentre(String costCentre) {
        return jdbc.sql("select id, cost_centre, name, service_group, report_section, rest_of_year, version from finance.budget_line where cost_centre = :cc")
                .param("cc", costCentre).query(Line.class).optional();
    }

    public List<Line> lines() {
        return jdbc.sql("select l.id, l.cost_centre, l.name, l.service_group, l.report_section, l.rest_of_year, l.version from finance.budget_line l"
                + " join finance.report_section s on s.name = l.report_section order by s.position, l.cost_centre").query(Line.class).list();
    }

    public Map<String, UUID> lineIdsByCostCentre() {
        return jdbc.sql("select cost_centre, id from finance.budget_line").query(rs -> {
            Map<String, UUID> ids = new java.util.HashMap<>();
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getObject(2, UUID.class));
            }
            return ids;
        });
    }

    public List<String> services(UUID lineId) {
        return jdbc.sql("select service_type || coalesce(': ' || service_component, ' (all components)') from finance.line_service where line_id = :id"
                + " order by 1").param("id", lineId).query(String.class).list();
    }

    public List<String> sections() {
        return jdbc.sql("select name from finance.report_section order by position").query(String.class).list();
    }

    public Optional<Budget> budget(UUID lineId, int year) {
        return jdbc.sql("select original_budget, version from finance.budget where line_id = :id and financial_year = :fy").param("id", lineId)
                .param("fy", year).query(Budget.class).optional();
    }

    /** Sets the original budget; false if it changed since the version the change was based on. */
    public boolean setBudget(UUID lineId, int year, BigDecimal amount, Integer version, String by) {
        if (budget(lineId, year).isEmpty()) {
            return jdbc.sql("insert into finance.budget (line_id, financial_year, original_budget, set_by) values (:id, :fy, :amount, :by)"
                    + " on conflict do nothing").param("id", lineId).param("fy", year).param("amount", amount).param("by", by).update() == 1;
        }
        return jdbc.sql("update finance.budget set original_budget = :amount, version = version + 1, set_at = now(), set_by = :by"
                        + " where line_id = :id and financial_year = :fy and (cast(:v as integer) is null or version = :v)")
                .param("id", lineId).param("fy", year).param("amount", amount).param("by", by).param("v", version).update() == 1;
    }

    public void adjustBudget(UUID lineId, int year, int period, String kind, UUID virement, BigDecimal amount, LocalDate on, String reason, String by) {
        jdbc.sql("insert into finance.budget_adjustment (line_id, financial_year, period, kind, virement_id, amount, adjusted_on, reason, recorded_by)"
                        + " values (:id, :fy, :p, :kind, :v, :amount, :on, :reason, :by)")
                .param("id", lineId).param("fy", year).param("p", period).param("kind", kind).param("v", virement).param("amount", amount).param("on", on)
                .param("reason", reason).param("by", by).update();
    }

    /** The budget's history for a year: adjustments, virements and forecast adjustments, newest first. */
    public List<Change> changes(UUID lineId, int year) {
        return jdbc.sql("""
                        select kind, amount, adjusted_on, period, reason, recorded_by, recorded_at from finance.budget_adjustment
                          where line_id = :id and financial_year = :fy
                        union all
                        select 'FORECAST', amount, cast(recorded_at at time zone 'Europe/London' as date), period, reason, recorded_by, recorded_at
                          from finance.forecast_adjustment where line_id = :id and financial_year = :fy
                        order by 7 desc""").param("id", lineId).param("fy", year)
                .query((rs, n) -> new Change(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5),
                        rs.getString(6))).list();
    }

    /** Sets expected demand; false if it was set or changed since the version the change was based on. */
    public boolean setDemand(UUID lineId, int year, FinanceCommands.DemandAssumption d, String by) {
        if (d.version() == null) {
            return jdbc.sql("""
                            insert into finance.demand_assumption (line_id, financial_year, packages_per_week, average_weekly_cost, basis, set_by)
                            values (:id, :fy, :p, :c, :basis, :by) on conflict (line_id, financial_year) do nothing""")
                    .param("id", lineId).param("fy", year).param("p", d.packagesPerWeek()).param("c", d.averageWeeklyCost()).param("basis", d.basis().strip())
                    .param("by", by).update() == 1;
        }
        return jdbc.sql("""
                        update finance.demand_assumption set packages_per_week = :p, average_weekly_cost = :c, basis = :basis, set_by = :by, set_at = now(),
                          version = version + 1 where line_id = :id and financial_year = :fy and version = :v""")
                .param("id", lineId).param("fy", year).param("p", d.packagesPerWeek()).param("c", d.averageWeeklyCost()).param("basis", d.basis().strip())
                .param("by", by).param("v", d.version()).update() == 1;
    }

    public Optional<Demand> demand(UUID lineId, int year) {
        return jdbc.sql("select packages_per_week, average_weekly_cost, basis, set_by, version from finance.demand_assumption where line_id = :id and financial_year = :fy")
                .param("id", lineId).param("fy", year).query(Demand.class).optional();
    }

    public void adjustForecast(UUID lineId, int year, int period, BigDecimal amount, String reason, String by) {
        jdbc.sql("insert into finance.forecast_adjustment (line_id, financial_year, period, amount, reason, recorded_by) values (:id, :fy, :p, :a, :r, :by)")
                .param("id", lineId).param("fy", year).param("p", period).param("a", amount).param("r", reason).param("by", by).update();
    }

    public List<Closed> closed(int year) {
        return jdbc.sql("select period, closed_at, closed_by from finance.closed_period where financial_year = :fy order by period").param("fy", year)
                .query(Closed.class).list();
    }

    /** The latest period closed, of any year; empty when none is. */
    public Optional<Period> latestClosed() {
        return jdbc.sql("select financial_year, period from finance.closed_period order by financial_year desc, period desc limit 1")
                .query(Period.class).optional();
    }

    /** Locks the year's closed periods so two closes or an import and a close cannot interleave. */
    public void lockYear(int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('finance.year'), :fy)").param("fy", year).query((rs, n) -> 1).list();
    }

    public void close(int year, int period, String by) {
        jdbc.sql("insert into finance.closed_period (financial_year, period, closed_by) values (:fy, :p, :by)").param("fy", year).param("p", period)
                .param("by", by).update();
    }

    public UUID addBatch(String fileName, int rows, BigDecimal total, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into finance.actuals_batch (id, file_name, row_count, total, imported_by) values (:id, :f, :n, :t, :by)").param("id", id)
                .param("f", fileName).param("n", rows).param("t", total).param("by", by).update();
        return id;
    }

    /** Replaces a line's actual for a period; returns true if there was one. */
    public boolean replaceActual(UUID lineId, int year, int period, BigDecimal amount, UUID batch) {
        int replaced = jdbc.sql("delete from finance.actual where line_id = :id and financial_year = :fy and period = :p").param("id", lineId)
                .param("fy", year).param("p", period).update();
        jdbc.sql("insert into finance.actual (line_id, financial_year, period, amount, batch_id) values (:id, :fy, :p, :a, :b)").param("id", lineId)
                .param("fy", year).param("p", period).param("a", amount).param("b", batch).update();
        return replaced > 0;
    }

    public List<Batch> batches(int limit) {
        return jdbc.sql("select id, file_name, row_count as rows, total, imported_at, imported_by from finance.actuals_batch order by imported_at desc limit :n")
                .param("n", limit).query(Batch.class).list();
    }

    /** A line's actuals by period for a year (index 0 is period 1; null where none). */
    public BigDecimal[] actualsByPeriod(UUID lineId, int year) {
        BigDecimal[] out = new BigDecimal[12];
        jdbc.sql("select period, amount from finance.actual where line_id = :id and financial_year = :fy").param("id", lineId).param("fy", year)
                .query((rs, n) -> out[rs.getInt(1) - 1] = rs.getBigDecimal(2)).list();
        return out;
    }

    public Map<String, String[]> commentary(int year, int period) {
        Map<String, String[]> out = new java.util.HashMap<>();
        jdbc.sql("select section, text, version from finance.commentary where financial_year = :fy and period = :p").param("fy", year).param("p", period)
                .query((rs, n) -> out.put(rs.getString(1), new String[] {rs.getString(2), String.valueOf(rs.getInt(3))})).list();
        return out;
    }

    /** Saves a section's commentary; false if it was written or changed since the version the change was based on. */
    public boolean saveCommentary(int year, int period, String section, String text, Integer version, String by) {
        if (version == null) {
            return jdbc.sql("""
                            insert into finance.commentary (financial_year, period, section, text, changed_by) values (:fy, :p, :s, :t, :by)
                            on conflict (financial_year, period, section) do nothing""")
                    .param("fy", year).param("p", period).param("s", section).param("t", text).param("by", by).update() == 1;
        }
        return jdbc.sql("""
                        update finance.commentary set text = :t, changed_by = :by, changed_at = now(), version = version + 1
                        where financial_year = :fy and period = :p and section = :s and version = :v""")
                .param("fy", year).param("p", period).param("s", section).param("t", text).param("by", by).param("v", version).update() == 1;
    }
}
