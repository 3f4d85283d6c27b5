package org.openasc.people.domain;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Batched inserts of many people, their circumstances and relationships in a few round trips. */
@Repository
public class BulkPersonWriter {

    private static final int BATCH = 1000;

    /** A relationship to write: {@code person} is {@code type} {@code related}. */
    public record Relation(UUID person, UUID related, String type, LocalDate startDate) {
    }

    private final JdbcTemplate jdbc;

    BulkPersonWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts everyone and returns their council person IDs in the same order. */
    public List<Long> insertAll(List<UUID> ids, List<ValidPerson> people, String by) {
        return insertAll(ids, people, by, null);
    }

    /**
     * Inserts everyone, keeping the council person IDs given (records brought in from another system keep theirs; a
     * null takes the next from the sequence, which is then moved past every ID kept), and returns them in order.
     */
    public List<Long> insertAll(List<UUID> ids, List<ValidPerson> people, String by, List<Long> kept) {
        List<Long> numbers = new ArrayList<>(people.size());
        for (int start = 0; start < people.size(); start += BATCH) {
            int end = Math.min(start + BATCH, people.size());
            List<Long> block = new ArrayList<>(jdbc.queryForList("select nextval('people.person_number') from generate_series(1, ?)", Long.class,
                    end - start));
            if (kept != null) {
                for (int i = start; i < end; i++) {
                    if (kept.get(i) != null) {
                        block.set(i - start, kept.get(i));
                    }
                }
            }
            numbers.addAll(block);
            int from = start;
            jdbc.batchUpdate("""
                    insert into people.person (id, person_number, nhs_number, given_name, family_name, preferred_name, name_key, search_name,
                      phonetic, date_of_birth, date_of_death, gender, ethnicity, address_line_1, address_line_2, town, postcode,
                      gp_practice_code, gp_practice_name, preferred_language, primary_support_reason, has_unpaid_carer, autism,
                      visual_impairment, hearing_impairment, dementia, phone, email, communication_needs, communication_notes, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?,
                      coalesce((select array_agg(distinct public.dmetaphone(w)) from unnest(string_to_array(?, ' ')) w
                                where public.dmetaphone(w) <> ''), '{}'),
                      ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            ValidPerson p = people.get(from + i);
                            int c = 1;
                            ps.setObject(c++, ids.get(from + i));
                            ps.setLong(c++, block.get(i));
                            ps.setString(c++, p.nhsNumber());
                            ps.setString(c++, p.givenName());
                            ps.setString(c++, p.familyName());
                            ps.setString(c++, p.preferredName());
                            ps.setString(c++, p.nameKey());
                            ps.setString(c++, p.searchName());
                            ps.setString(c++, p.searchName());
                            ps.setObject(c++, p.dateOfBirth());
                            ps.setObject(c++, p.dateOfDeath());
                            ps.setString(c++, p.gender());
                            ps.setString(c++, p.ethnicity());
                            ps.setString(c++, p.addressLine1());
                            ps.setString(c++, p.addressLine2());
                            ps.setString(c++, p.town());
                            ps.setString(c++, p.postcode());
                            ps.setString(c++, p.gpPracticeCode());
                            ps.setString(c++, p.gpPracticeName());
                            ps.setString(c++, p.preferredLanguage());
                            ps.setString(c++, p.primarySupportReason());
                            ps.setString(c++, p.hasUnpaidCarer());
                            ps.setString(c++, p.autism());
                            ps.setString(c++, p.visualImpairment());
                            ps.setString(c++, p.hearingImpairment());
                            ps.setString(c++, p.dementia());
                            ps.setString(c++, p.phone());
                            ps.setString(c++, p.email());
                            ps.setObject(c++, p.communicationNeeds().toArray(String[]::new));
                            ps.setString(c++, p.communicationNotes());
                            ps.setString(c, by);
                        }

                        @Override
                        public int getBatchSize() {
                            return end - from;
                        }
                    });
            insertCircumstances(ids.subList(start, end), people.subList(start, end), by);
        }
        if (kept != null) {
            jdbc.execute("select setval('people.person_number', greatest((select max(person_number) from people.person), "
                    + "(select last_value from people.person_number)))");
        }
        return numbers;
    }

    private void insertCircumstances(List<UUID> ids, List<ValidPerson> people, String by) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ValidPerson p = people.get(i);
            if (p.accommodationStatus() != null) {
                rows.add(new Object[] {ids.get(i), CircumstanceStore.ACCOMMODATION, p.accommodationStatus(), Date.valueOf(p.accommodationStatusFrom()), by});
            }
            if (p.employmentStatus() != null) {
                rows.add(new Object[] {ids.get(i), CircumstanceStore.EMPLOYMENT, p.employmentStatus(), Date.valueOf(p.employmentStatusFrom()), by});
            }
        }
        jdbc.batchUpdate("insert into people.circumstance (person_id, kind, value, valid_from, recorded_by) values (?, ?, ?, ?, ?)", rows);
    }

    public void relateAll(List<Relation> relations, String by) {
        List<Object[]> rows = relations.stream()
                .map(r -> new Object[] {r.person(), r.related(), r.type(), r.startDate() == null ? null : Date.valueOf(r.startDate()), by})
                .toList();
        for (int start = 0; start < rows.size(); start += BATCH) {
            jdbc.batchUpdate("""
                    insert into people.relationship (person_id, related_person_id, relationship_type, start_date, created_by)
                    values (?, ?, ?, ?, ?)""", rows.subList(start, Math.min(start + BATCH, rows.size())));
        }
    }

    public void analyse() {
        jdbc.execute("analyze people.person");
        jdbc.execute("analyze people.relationship");
    }
}
