package org.openasc.platform.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.openasc.platform.security.WithoutStaffCheck;

/**
 * What a module's death listener ended, kept in that module's {@code <schema>.ended_at_death} (ADR 29): a date of death
 * corrected moves exactly these ends, one withdrawn undoes them, and a record changed since (its version moved on) is
 * left to the practitioner. {@code version} is null for a record that keeps none; its module compares what it holds.
 */
@Component
@WithoutStaffCheck("written and read only by listeners working as the system")
public class EndedAtDeath {

    /** One record the death ended: on {@code endedOn}, replacing {@code wasOn} / {@code wasValue}. */
    public record Ending(String recordKind, UUID recordId, LocalDate diedOn, LocalDate endedOn, Integer version, LocalDate wasOn, String wasValue) {
    }

    private static final Pattern SCHEMA = Pattern.compile("[a-z]+");

    private final JdbcClient jdbc;

    public EndedAtDeath(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes (or renotes, if a death is recorded again after one withdrawn) what the death did to one record. */
    public void note(String schema, String kind, UUID recordId, UUID personId, LocalDate diedOn, LocalDate endedOn, Integer version,
                     LocalDate wasOn, String wasValue) {
        jdbc.sql("insert into " + table(schema) + """
                 (record_kind, record_id, person_id, died_on, ended_on, version, was_on, was_value)
                values (:kind, :id, :person, :died, :ended, :version, :wasOn, :wasValue)
                on conflict (record_kind, record_id) do update set person_id = excluded.person_id, died_on = excluded.died_on,
                  ended_on = excluded.ended_on, version = excluded.version, was_on = excluded.was_on, was_value = excluded.was_value,
                  noted_at = now()""")
                .param("kind", kind).param("id", recordId).param("person", personId).param("died", diedOn).param("ended", endedOn)
                .param("version", version).param("wasOn", wasOn).param("wasValue", wasValue).update();
    }

    /**
     * What a death ended that no longer matches the person's date of death as it now stands ({@code diedOn}; null when
     * withdrawn): each is to move to it, or be undone. Reading the date as it stands, not the one an event carried, makes
     * corrections and withdrawals come out the same in whatever order their listeners run.
     */
    public List<Ending> notOn(String schema, UUID personId, LocalDate diedOn) {
        return jdbc.sql("select record_kind, record_id, died_on, ended_on, version, was_on, was_value from " + table(schema)
                        + " where person_id = :person and died_on is distinct from cast(:died as date) order by noted_at, record_kind, record_id")
                .param("person", personId).param("died", diedOn).query(Ending.class).list();
    }

    /** The end moved to a corrected date of death; the record is at {@code version} now. */
    public void moved(String schema, Ending e, LocalDate diedOn, LocalDate endedOn, Integer version) {
        jdbc.sql("update " + table(schema) + " set died_on = :died, ended_on = :ended, version = :version"
                        + " where record_kind = :kind and record_id = :id")
                .param("kind", e.recordKind()).param("id", e.recordId()).param("died", diedOn).param("ended", endedOn)
                .param("version", version).update();
    }

    /** The end is no longer the death's to move: undone, or the record was changed by someone since. */
    public void forget(String schema, Ending e) {
        jdbc.sql("delete from " + table(schema) + " where record_kind = :kind and record_id = :id")
                .param("kind", e.recordKind()).param("id", e.recordId()).update();
    }

    /** Why an end moved, for the record's history. */
    public static String corrected(LocalDate was, LocalDate now, String by) {
        return "the date of death was corrected from " + was + " to " + now + " by " + by;
    }

    /** Why a record is open again ("Reopened: " and this), for its history. */
    public static String withdrawn(LocalDate was, String by) {
        return "the date of death recorded on " + was + " was withdrawn by " + by;
    }

    /** Why the system left a record the death had ended as it is ("Left as it is: " and this): someone changed it after. */
    public static String leftAsItIs(String change) {
        return change + ", but the record was changed after the death ended it";
    }

    private static String table(String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a schema: " + schema);
        }
        return schema + ".ended_at_death";
    }
}
