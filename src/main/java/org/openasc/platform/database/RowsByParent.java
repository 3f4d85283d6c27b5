package org.openasc.platform.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows hanging off many records (a list's answers, histories, offers) in one query rather than one per record: the
 * query names its parents as {@code in (:ids)}, and the rows come back grouped by the parent's id, each group in the
 * query's order.
 */
public final class RowsByParent {

    private RowsByParent() {
    }

    public static <T> Map<UUID, List<T>> of(JdbcClient jdbc, String sql, String parentColumn, Collection<UUID> ids, Class<T> type) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        if (ids.isEmpty()) {
            return grouped;
        }
        SimplePropertyRowMapper<T> rows = new SimplePropertyRowMapper<>(type); // as JdbcClient maps query(Class)
        jdbc.sql(sql).param("ids", ids).query((rs, n) -> grouped.computeIfAbsent(rs.getObject(parentColumn, UUID.class), k -> new ArrayList<>())
                .add(rows.mapRow(rs, n))).list();
        return grouped;
    }
}
