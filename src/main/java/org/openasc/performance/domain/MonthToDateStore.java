package org.openasc.performance.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The month-to-date readings of measures read on a timetable: the latest reading of each, with when it was read. */
@Repository
public class MonthToDateStore {

    public record Reading(String reference, LocalDate readOn, BigDecimal value, BigDecimal numerator, BigDecimal denominator, Instant readAt) {
    }

    private final JdbcClient jdbc;

    MonthToDateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The readings of these measures taken on a day, by reference. */
    public Map<String, Reading> readOn(Collection<String> references, LocalDate day) {
        Map<String, Reading> readings = new HashMap<>();
        if (references.isEmpty()) {
            return readings;
        }
        jdbc.sql("""
                select reference, read_on, value, numerator, denominator, read_at from performance.month_to_date_reading
                where reference = any(:refs) and read_on = :day""")
                .param("refs", references.toArray(String[]::new)).param("day", day)
                .query((rs, n) -> new Reading(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getTimestamp(6).toInstant()))
                .list().forEach(r -> readings.put(r.reference(), r));
        return readings;
    }

    /**
     * Keeps a reading unless a later one is already kept: two readings finishing out of order (a viewer's and the
     * timetable's) leave the one that started last.
     */
    public void keep(Reading r) {
        jdbc.sql("""
                insert into performance.month_to_date_reading (reference, read_on, value, numerator, denominator, read_at)
                values (:ref, :day, :value, :numerator, :denominator, :at)
                on conflict (reference) do update set read_on = excluded.read_on, value = excluded.value, numerator = excluded.numerator,
                  denominator = excluded.denominator, read_at = excluded.read_at
                where performance.month_to_date_reading.read_at < excluded.read_at""")
                .param("ref", r.reference()).param("day", r.readOn()).param("value", r.value()).param("numerator", r.numerator())
                .param("denominator", r.denominator()).param("at", Timestamp.from(r.readAt())).update();
    }
}
