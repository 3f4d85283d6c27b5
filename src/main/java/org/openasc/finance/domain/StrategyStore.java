package org.openasc.finance.domain;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.finance.FinanceCommands;

/** The medium-term financial strategy: its base and its growth and savings items. */
@Repository
public class StrategyStore {

    public record Base(int fromYear, BigDecimal originalPriorYearBudget, BigDecimal[] transfers, int version) {
    }

    @Schema(name = "StrategyItemView")
    public record Item(UUID id, String kind, String reference, String description, String status, String savingType, BigDecimal[] amounts) {
    }

    private final JdbcClient jdbc;

    StrategyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Base> base(int fromYear) {
        return jdbc.sql("select from_year, original_prior_year_budget, transfers, version from finance.mtfs where from_year = :y").param("y", fromYear)
                .query((rs, n) -> new Base(rs.getInt(1), rs.getBigDecimal(2), amounts(rs.getArray(3)), rs.getInt(4))).optional();
    }

    public List<Integer> years() {
        return jdbc.sql("select from_year from finance.mtfs order by from_year desc").query(Integer.class).list();
    }

    public void saveBase(int fromYear, BigDecimal original, BigDecimal[] transfers, String by) {
        jdbc.sql("""
                        insert into finance.mtfs (from_year, original_prior_year_budget, transfers, set_by) values (:y, :o, cast(:t as numeric[]), :by)
                        on conflict (from_year) do update set original_prior_year_budget = excluded.original_prior_year_budget,
                          transfers = excluded.transfers, set_by = excluded.set_by, set_at = now(), version = finance.mtfs.version + 1""")
                .param("y", fromYear).param("o", original).param("t", array(transfers)).param("by", by).update();
    }

    public boolean referenceUsed(int fromYear, String reference) {
        return jdbc.sql("select exists(select 1 from finance.mtfs_item where from_year = :y and reference = :r)").param("y", fromYear)
                .param("r", reference).query(Boolean.class).single();
    }

    public UUID addItem(FinanceCommands.StrategyItem i, BigDecimal[] amounts, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into finance.mtfs_item (id, from_year, kind, reference, description, status, saving_type, amounts, recorded_by)"
                        + " values (:id, :y, :k, :r, :d, :s, :t, cast(:a as numeric[]), :by)")
                .param("id", id).param("y", i.fromYear()).param("k", i.kind()).param("r", i.reference().strip()).param("d", i.description().strip())
                .param("s", i.status()).param("t", "SAVING".equals(i.kind()) ? i.savingType() : null).param("a", array(amounts)).param("by", by).update();
        return id;
    }

    public List<Item> items(int fromYear) {
        return jdbc.sql("select id, kind, reference, description, status, saving_type, amounts from finance.mtfs_item where from_year = :y"
                        + " order by kind, length(reference), reference").param("y", fromYear).query(StrategyStore::item).list();
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        return new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                amounts(rs.getArray(7)));
    }

    private static String array(BigDecimal[] values) {
        return "{" + String.join(",", java.util.Arrays.stream(values).map(BigDecimal::toPlainString).toList()) + "}";
    }

    private static BigDecimal[] amounts(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (BigDecimal) values[i];
        }
        return out;
    }
}
