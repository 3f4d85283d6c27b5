package org.openasc.people.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relationships between two people, stored once and read from either side. */
@Repository
public class RelationshipStore {

    /** A stored relationship: {@code personId} is {@code type} {@code relatedPersonId}. */
    public record Row(long id, UUID personId, UUID relatedPersonId, String relationshipType, LocalDate startDate,
                      LocalDate endDate, String notes) {
    }

    private final JdbcClient jdbc;

    RelationshipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(UUID personId, UUID relatedPersonId, String type, LocalDate start, LocalDate end, String notes, String by) {
        return jdbc.sql("""
                insert into people.relationship (person_id, related_person_id, relationship_type, start_date, end_date, notes, created_by)
                values (:person, :related, :type, :start, :end, :notes, :by) returning id""")
                .param("person", personId).param("related", relatedPersonId).param("type", type)
                .param("start", start).param("end", end).param("notes", notes).param("by", by)
                .query(Long.class).single();
    }

    public List<Row> involving(UUID personId) {
        return jdbc.sql("""
                select id, person_id, related_person_id, relationship_type, start_date, end_date, notes
                from people.relationship where person_id = :id or related_person_id = :id
                order by coalesce(end_date, date '9999-12-31') desc, start_date desc nulls last, id""")
                .param("id", personId).query(Row.class).list();
    }
}
