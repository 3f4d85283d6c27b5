package org.openasc.people.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dated accommodation and employment status: each change adds a line; the same start date corrects that line. */
@Repository
public class CircumstanceStore {

    public static final String ACCOMMODATION = "accommodation-status";
    public static final String EMPLOYMENT = "employment-status";

    /** One dated line of history. */
    public record Line(String kind, String value, LocalDate validFrom, Instant recordedAt, String recordedBy) {
    }

    private final JdbcClient jdbc;

    CircumstanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> history(UUID personId) {
        return jdbc.sql("""
                select kind, value, valid_from, recorded_at, recorded_by from people.circumstance
                where person_id = :id order by kind, valid_from desc""")
                .param("id", personId).query(Line.class).list();
    }

    /** The line in force on {@code day}: the latest that started on or before it. */
    public Optional<Line> current(List<Line> history, String kind, LocalDate day) {
        return history.stream().filter(l -> l.kind().equals(kind) && !l.validFrom().isAfter(day)).findFirst();
    }

    /** Records a status from a date unless it is already the status in force then. Returns whether anything changed. */
    public boolean record(UUID personId, String kind, String value, LocalDate from, String by, List<Line> history) {
        if (value == null) {
            return false;
        }
        Optional<Line> inForce = history.stream().filter(l -> l.kind().equals(kind) && !l.validFrom().isAfter(from)).findFirst();
        if (inForce.isPresent() && inForce.get().value().equals(value)) {
            return false;
        }
        jdbc.sql("""
                insert into people.circumstance (person_id, kind, value, valid_from, recorded_by)
                values (:id, :kind, :value, :from, :by)
                on conflict (person_id, kind, valid_from) do update
                  set value = excluded.value, recorded_at = now(), recorded_by = excluded.recorded_by""")
                .param("id", personId).param("kind", kind).param("value", value).param("from", from).param("by", by)
                .update();
        return true;
    }
}
