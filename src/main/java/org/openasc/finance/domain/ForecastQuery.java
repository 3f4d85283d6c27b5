package org.openasc.finance.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.finance.FinancialYear;
import org.openasc.finance.ForecastRules;
import org.openasc.finance.LineForecast;

/**
 * Forecasts from the record: actuals to the end of a period, the committed cost of services from the day after
 * to 31 March (each term's weekly cost over the days it is in force), expected demand and adjustments.
 */
@Repository
public class ForecastQuery {

    /** Each service term's line and the days of the window [:from, :to] it is in force and paid. */
    private static final String TERM_DAYS = """
            select coalesce(exact.line_id, whole.line_id) as line_id, f.service_id, f.service_number, f.service_type, f.service_component, f.start_date, f.end_date, f.weekly_cost,
                   least(coalesce(f.end_date, :to), coalesce(f.effective_until - 1, :to), :to)
                     - greatest(f.start_date, f.effective_from, :from) + 1 as days
            from support.service_cost_facts f
            left join finance.line_service exact on exact.service_type = f.service_type and exact.service_component = f.service_component
            left join finance.line_service whole on whole.service_type = f.service_type and whole.service_component is null
            where f.start_date <= :to and (f.end_date is null or f.end_date >= :from) and (f.effective_until is null or f.effective_until > :from)
              and f.effective_from <= :to
              and (cast(:line as uuid) is null or f.service_type in (select m.service_type from finance.line_service m where m.line_id = :line))""";

    private static final String LINES = """
            with committed as (
              select line_id, sum(weekly_cost * days / 7.0) as amount from (""" + TERM_DAYS + """
              ) t where days > 0 and line_id is not null and (cast(:line as uuid) is null or line_id = :line) group by line_id)
            select l.id, l.cost_centre, l.name, l.report_section, l.rest_of_year,
              coalesce(b.original_budget, 0) + coalesce((select sum(x.amount) from finance.budget_adjustment x
                  where x.line_id = l.id and x.financial_year = :fy and x.period <= :p), 0) as final_budget,
              coalesce((select sum(a.amount) from finance.actual a where a.line_id = l.id and a.financial_year = :fy and a.period <= :p), 0) as actual,
              coalesce(c.amount, 0) as committed, d.packages_per_week, d.average_weekly_cost,
              coalesce((select sum(f.amount) from finance.forecast_adjustment f where f.line_id = l.id and f.financial_year = :fy and f.period <= :p), 0)
                as adjustments
            from finance.budget_line l
            join finance.report_section s on s.name = l.report_section
            left join finance.budget b on b.line_id = l.id and b.financial_year = :fy
            left join committed c on c.line_id = l.id
            left join finance.demand_assumption d on d.line_id = l.id and d.financial_year = :fy
            where (cast(:line as uuid) is null or l.id = :line)
              and (b.line_id is not null or c.line_id is not null
               or exists (select 1 from finance.actual a where a.line_id = l.id and a.financial_year = :fy))
            order by s.position, l.cost_centre""";

    private static final String SNAPSHOT = """
            select l.id, l.cost_centre, l.name, l.report_section, n.final_budget, n.actual, n.committed, n.demand, n.rest_of_year, n.adjustments,
              n.forecast
            from finance.forecast_snapshot n
            join finance.budget_line l on l.id = n.line_id
            join finance.report_section s on s.name = l.report_section
            where n.financial_year = :fy and n.period = :p
            order by s.position, l.cost_centre""";

    /** A service paid from a line with what it commits from the window. */
    public record Commitment(UUID serviceId, long serviceNumber, String serviceType, String serviceComponent, LocalDate startDate, LocalDate endDate,
                             BigDecimal weeklyCostNow, BigDecimal committed) {
    }

    private final JdbcClient jdbc;

    ForecastQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every line's forecast as it stands for a period that is still open. */
    public List<LineForecast> live(FinancialYear year, int period) {
        return live(year, period, null);
    }

    /** One line's forecast for an open period, or every line's when {@code line} is null. */
    public List<LineForecast> live(FinancialYear year, int period, UUID line) {
        long daysLeft = year.daysLeftAfter(period);
        return jdbc.sql(LINES).param("fy", year.startYear()).param("p", period).param("line", line)
                .param("from", year.endOfPeriod(period).plusDays(1)).param("to", year.end())
                .query((rs, n) -> {
                    BigDecimal budget = ForecastRules.pounds(rs.getBigDecimal("final_budget"));
                    BigDecimal actual = ForecastRules.pounds(rs.getBigDecimal("actual"));
                    BigDecimal committed = ForecastRules.pounds(rs.getBigDecimal("committed"));
                    BigDecimal demand = ForecastRules.expectedDemand(rs.getBigDecimal("packages_per_week"), rs.getBigDecimal("average_weekly_cost"), daysLeft);
                    BigDecimal adjustments = ForecastRules.pounds(rs.getBigDecimal("adjustments"));
                    BigDecimal rest = ForecastRules.restOfYear(rs.getString("rest_of_year"), budget, actual, period);
                    return new LineForecast(rs.getObject("id", UUID.class), rs.getString("cost_centre"), rs.getString("name"), rs.getString("report_section"),
                            budget, actual, committed, demand, rest, adjustments,
                            ForecastRules.pounds(actual.add(committed).add(demand).add(rest).add(adjustments)));
                }).list();
    }

    /** The forecasts kept when a period closed. */
    public List<LineForecast> kept(FinancialYear year, int period) {
        return jdbc.sql(SNAPSHOT).param("fy", year.startYear()).param("p", period).query(ForecastQuery::kept).list();
    }

    private static LineForecast kept(ResultSet rs, int n) throws SQLException {
        return new LineForecast(rs.getObject("id", UUID.class), rs.getString("cost_centre"), rs.getString("name"), rs.getString("report_section"),
                rs.getBigDecimal("final_budget"), rs.getBigDecimal("actual"), rs.getBigDecimal("committed"), rs.getBigDecimal("demand"),
                rs.getBigDecimal("rest_of_year"), rs.getBigDecimal("adjustments"), rs.getBigDecimal("forecast"));
    }

    /** The services behind a line's committed cost after a period, largest first. */
    public List<Commitment> commitments(UUID lineId, FinancialYear year, int period, int limit) {
        return jdbc.sql("select service_id, service_number, service_type, service_component, start_date, end_date, "
                        + " (array_agg(weekly_cost order by days desc))[1] as weekly_now, sum(weekly_cost * days / 7.0) as committed from ("
                        + TERM_DAYS + ") t where days > 0 and line_id = :line"
                        + " group by service_id, service_number, service_type, service_component, start_date, end_date order by committed desc limit :limit")
                .param("line", lineId).param("from", year.endOfPeriod(period).plusDays(1)).param("to", year.end()).param("limit", limit)
                .query((rs, n) -> new Commitment(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7),
                        ForecastRules.pounds(rs.getBigDecimal(8)))).list();
    }

    /** Keeps every line's forecast for a period being closed. */
    public void keep(FinancialYear year, int period, List<LineForecast> lines) {
        for (LineForecast l : lines) {
            jdbc.sql("insert into finance.forecast_snapshot (financial_year, period, line_id, final_budget, actual, committed, demand, rest_of_year,"
                            + " adjustments, forecast) values (:fy, :p, :line, :budget, :actual, :committed, :demand, :rest, :adjustments, :forecast)")
                    .param("fy", year.startYear()).param("p", period).param("line", l.lineId()).param("budget", l.finalBudget()).param("actual", l.actual())
                    .param("committed", l.committed()).param("demand", l.expectedDemand()).param("rest", l.restOfYear()).param("adjustments", l.adjustments())
                    .param("forecast", l.forecast()).update();
        }
    }
}
