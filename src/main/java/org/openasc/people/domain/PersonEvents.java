package org.openasc.people.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated events of a person's own record: when it was opened, their accommodation and employment over time, and their death. */
@Repository
public class PersonEvents {

    /** One event; {@code at} is set for timed events, {@code on} for those known by their day. */
    public record Event(String type, Instant at, LocalDate on, String value, String by) {
    }

    private final JdbcClient jdbc;

    PersonEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Event> between(UUID person, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select 'RECORD' as type, created_at as at, null::date as "on", null as value, created_by as "by" from people.person
                  where id = :p and (created_at at time zone 'Europe/London')::date between :from and :to
                union all
                select 'DEATH', null, date_of_death, null, null from people.person
                  where id = :p and date_of_death between :from and :to
                union all
                select 'CIRCUMSTANCE', null, valid_from, kind || ': ' || value, recorded_by from people.circumstance
                  where person_id = :p and valid_from between :from and :to""")
                .param("p", person).param("from", from).param("to", to).query(Event.class).list();
    }
}
