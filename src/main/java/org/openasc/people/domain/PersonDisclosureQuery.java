package org.openasc.people.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's relationships for a subject access request, named whatever the other person's restriction: the officer
 * answering the request decides what of a third party to redact, so nothing is hidden from them here.
 */
@Repository
public class PersonDisclosureQuery {

    /**
     * A relationship with the other person's names; {@code recordedOnThisPerson} when the person is the one the stored
     * relationship type describes ("Unpaid carer of" the other), false when the other person is.
     */
    public record Relationship(boolean recordedOnThisPerson, String relationshipType, long otherPersonNumber, String otherGivenName,
                               String otherFamilyName, LocalDate startDate, LocalDate endDate, String notes, LocalDate recordedOn) {
    }

    private final JdbcClient jdbc;

    PersonDisclosureQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every relationship the person has, from either side, oldest first. */
    public List<Relationship> relationships(UUID personId) {
        return jdbc.sql("""
                select r.person_id = :person as recorded_on_this_person, r.relationship_type, o.person_number as other_person_number,
                  o.given_name as other_given_name, o.family_name as other_family_name, r.start_date, r.end_date, r.notes,
                  (r.created_at at time zone 'Europe/London')::date as recorded_on
                from people.relationship r
                join people.person o on o.id = case when r.person_id = :person then r.related_person_id else r.person_id end
                where r.person_id = :person or r.related_person_id = :person
                order by coalesce(r.start_date, (r.created_at at time zone 'Europe/London')::date), r.id""")
                .param("person", personId).query(Relationship.class).list();
    }
}
