package org.openasc.people.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person record's part of retention: when each record last changed in a way that counts (created, a circumstance
 * changed, or the person died), and its anonymisation or deletion. Writes are plain SQL with no checks of role or
 * version: the retention service has checked both who asks and that the record is past retention.
 */
@Repository
public class PersonRetentionQuery {

    /** What an anonymised record is called, so it reads as one wherever it is shown. */
    public static final String GIVEN_NAME = "Anonymised";
    public static final String FAMILY_NAME = "Record";

    private final JdbcClient jdbc;

    PersonRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every person's last day of activity in their own record: the date of death if one is recorded (a death ends the record),
     * otherwise the latest change of circumstances (the day it changed, not the day typed). People with neither are left out.
     */
    public Map<UUID, LocalDate> lastActivity() {
        Map<UUID, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                select p.id as person_id, coalesce(p.date_of_death, c.last_valid_from) as last_on
                from people.person p
                left join (select person_id, max(valid_from) as last_valid_from from people.circumstance group by person_id) c
                  on c.person_id = p.id
                where p.date_of_death is not null or c.last_valid_from is not null""")
                .query((rs, n) -> last.put(rs.getObject("person_id", UUID.class), rs.getObject("last_on", LocalDate.class))).list();
        return last;
    }

    /** The UK day each person's record was opened. */
    public Map<UUID, LocalDate> opened() {
        Map<UUID, LocalDate> opened = new HashMap<>();
        jdbc.sql("select id, (created_at at time zone 'Europe/London')::date as opened_on from people.person")
                .query((rs, n) -> opened.put(rs.getObject("id", UUID.class), rs.getObject("opened_on", LocalDate.class))).list();
        return opened;
    }

    /**
     * Replaces the names with "Anonymised Record" and makes the folded search forms match no search or duplicate check;
     * removes the NHS number, address, postcode, GP practice, phone, email and the free text (communication notes, why
     * the record is restricted or was retracted); moves the date of birth to 1 July of its year (never after a recorded
     * death) so age bands stay true; and marks the record anonymised. Relationships name another person, so they are
     * deleted from both sides. Gender, ethnicity, support reason, the health flags, language, communication needs,
     * circumstances, the date of death and the restriction flag with its named staff are kept.
     */
    public void anonymise(UUID personId) {
        jdbc.sql("""
                update people.person set
                  given_name = :given, family_name = :family, preferred_name = null,
                  name_key = '', search_name = '', phonetic = '{}',
                  nhs_number = null,
                  date_of_birth = case when date_of_birth is not null
                                       then least(make_date(extract(year from date_of_birth)::int, 7, 1), date_of_death) end,
                  address_line_1 = null, address_line_2 = null, town = null, postcode = null,
                  gp_practice_code = null, gp_practice_name = null,
                  communication_notes = null, phone = null, email = null,
                  restriction_reason = null,
                  retraction_reason = case when retraction_reason is not null then 'Anonymised' end,
                  anonymised_at = now(), version = version + 1
                where id = :person""")
                .param("given", GIVEN_NAME).param("family", FAMILY_NAME).param("person", personId).update();
        jdbc.sql("delete from people.relationship where person_id = :person or related_person_id = :person")
                .param("person", personId).update();
    }

    /** Deletes the person record with its relationships (from either side), restriction grants and circumstances. */
    public void delete(UUID personId) {
        jdbc.sql("delete from people.relationship where person_id = :person or related_person_id = :person").param("person", personId).update();
        jdbc.sql("delete from people.restriction_access where person_id = :person").param("person", personId).update();
        jdbc.sql("delete from people.circumstance where person_id = :person").param("person", personId).update();
        jdbc.sql("delete from people.person where id = :person").param("person", personId).update();
    }
}
