package org.openasc.people.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes person records with plain SQL; every write checks the version it was based on. */
@Repository
public class PersonStore {

    private static final String COLUMNS = """
            id, person_number, nhs_number, given_name, family_name, preferred_name, date_of_birth, date_of_death,
            gender, ethnicity, address_line_1, address_line_2, town, postcode, gp_practice_code, gp_practice_name,
            preferred_language, communication_needs, communication_notes, phone, email, primary_support_reason,
            has_unpaid_carer, autism, visual_impairment, hearing_impairment, dementia, restricted, restriction_reason,
            version, created_at, created_by, changed_at, changed_by""";

    /** A stored person exactly as the table holds it. */
    public record PersonRow(UUID id, long personNumber, String nhsNumber, String givenName, String familyName, String preferredName,
                            LocalDate dateOfBirth, LocalDate dateOfDeath, String gender, String ethnicity,
                            String addressLine1, String addressLine2, String town, String postcode,
                            String gpPracticeCode, String gpPracticeName, String preferredLanguage, List<String> communicationNeeds,
                            String communicationNotes, String phone, String email, String primarySupportReason,
                            String hasUnpaidCarer, String autism, String visualImpairment, String hearingImpairment, String dementia,
                            boolean restricted, String restrictionReason, int version,
                            Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
    }

    /** A search hit; {@code visible} is false for a restricted record the searcher is not named on. */
    public record SearchRow(UUID id, long personNumber, String givenName, String familyName, String preferredName,
                            LocalDate dateOfBirth, LocalDate dateOfDeath, String postcode, String nhsNumber, boolean visible) {
    }

    /** Search conditions already folded into stored form. */
    public record Criteria(List<String> nameWords, String nhsNumber, Long personNumber, LocalDate dateOfBirth, String postcode) {
    }

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, ValidPerson p, String by) {
        return jdbc.sql("""
                insert into people.person (id, nhs_number, given_name, family_name, preferred_name, name_key, search_name, phonetic,
                  date_of_birth, date_of_death, gender, ethnicity, address_line_1, address_line_2, town, postcode,
                  gp_practice_code, gp_practice_name, preferred_language, communication_needs, communication_notes, phone, email,
                  primary_support_reason, has_unpaid_carer, autism, visual_impairment, hearing_impairment, dementia, created_by)
                values (:id, :nhs, :given, :family, :preferred, :nameKey, :searchName, %s,
                  :dob, :dod, :gender, :ethnicity, :line1, :line2, :town, :postcode,
                  :gpCode, :gpName, :language, :needs, :notes, :phone, :email,
                  :psr, :carer, :autism, :visual, :hearing, :dementia, :by)
                returning person_number""".formatted(PHONETIC))
                .params(values(p))
                .param("id", id)
                .param("by", by)
                .query(Long.class).single();
    }

    /** Applies a change if the record is still at {@code version}; false if someone else changed it first. */
    public boolean update(UUID id, int version, ValidPerson p, String by) {
        return jdbc.sql("""
                update people.person set nhs_number = :nhs, given_name = :given, family_name = :family, preferred_name = :preferred,
                  name_key = :nameKey, search_name = :searchName, phonetic = %s,
                  date_of_birth = :dob, date_of_death = :dod, gender = :gender, ethnicity = :ethnicity,
                  address_line_1 = :line1, address_line_2 = :line2, town = :town, postcode = :postcode,
                  gp_practice_code = :gpCode, gp_practice_name = :gpName, preferred_language = :language,
                  communication_needs = :needs, communication_notes = :notes, phone = :phone, email = :email,
                  primary_support_reason = :psr, has_unpaid_carer = :carer, autism = :autism,
                  visual_impairment = :visual, hearing_impairment = :hearing, dementia = :dementia,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :version""".formatted(PHONETIC))
                .params(values(p))
                .param("id", id)
                .param("version", version)
                .param("by", by)
                .update() == 1;
    }

    /** Double Metaphone codes of each name word, so "Muhammad" finds "Mohammed". */
    private static final String PHONETIC = """
            coalesce((select array_agg(distinct public.dmetaphone(w)) from unnest(string_to_array(:searchName, ' ')) w
                      where public.dmetaphone(w) <> ''), '{}')""";

    public Optional<PersonRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from people.person where id = :id and retracted_at is null")
                .param("id", id).query(PersonStore::row).optional();
    }

    public Optional<UUID> idOfPersonNumber(long personNumber) {
        return jdbc.sql("select id from people.person where person_number = :n and retracted_at is null")
                .param("n", personNumber).query(UUID.class).optional();
    }

    public Optional<UUID> liveWithNhsNumber(String nhsNumber, UUID except) {
        return jdbc.sql("""
                select id from people.person where nhs_number = :nhs and retracted_at is null and id <> :except""")
                .param("nhs", nhsNumber).param("except", except).query(UUID.class).optional();
    }

    /** Other live records with the same folded given and family names and date of birth. */
    public List<UUID> sameNameAndBirth(String nameKey, LocalDate dateOfBirth, UUID except) {
        if (dateOfBirth == null) {
            return List.of();
        }
        return jdbc.sql("""
                select id from people.person where name_key = :key and date_of_birth = :dob and retracted_at is null and id <> :except
                order by person_number limit 10""")
                .param("key", nameKey).param("dob", dateOfBirth).param("except", except)
                .query(UUID.class).list();
    }

    public List<SearchRow> summaries(List<UUID> ids, String viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, person_number, given_name, family_name, preferred_name, date_of_birth, date_of_death, postcode, nhs_number,
                  (not restricted or exists (select 1 from people.restriction_access a where a.person_id = p.id and a.username = :viewer)) as visible
                from people.person p where id in (:ids) order by person_number""")
                .param("ids", ids).param("viewer", viewer).query(SearchRow.class).list();
    }

    /** Council person IDs by record id, restricted or not. */
    public Map<UUID, Long> numbers(List<UUID> ids) {
        Map<UUID, Long> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, person_number from people.person where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> numbers.put(rs.getObject("id", UUID.class), rs.getLong("person_number"))).list();
        }
        return numbers;
    }

    public long count(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        return jdbc.sql("select count(*) from people.person p where " + where).params(params).query(Long.class).single();
    }

    /** One page of matches and how many match in all. */
    public record Found(List<SearchRow> rows, long total) {
    }

    private static final RowMapper<SearchRow> SEARCH_ROW = new DataClassRowMapper<>(SearchRow.class);

    /**
     * One page of matches, best name match first, counted in the same pass (count over the whole match, before the
     * limit), so the name conditions are tested once per search rather than once for the count and again for the page.
     */
    public Found search(Criteria criteria, String viewer, int limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        String rank = criteria.nameWords().isEmpty() ? "cast(0 as real)" : "similarity(p.search_name, :wholeName)";
        params.put("wholeName", String.join(" ", criteria.nameWords()));
        long[] total = {0};
        List<SearchRow> rows = jdbc.sql("""
                select id, person_number, given_name, family_name, preferred_name, date_of_birth, date_of_death, postcode, nhs_number,
                  (not restricted or exists (select 1 from people.restriction_access a where a.person_id = p.id and a.username = :viewer)) as visible,
                  count(*) over () as total
                from people.person p where %s
                order by %s desc, family_name, given_name, person_number
                limit :limit offset :offset""".formatted(where, rank))
                .params(params)
                .param("viewer", viewer)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return SEARCH_ROW.mapRow(rs, n);
                }).list();
        // A page past the last match has no row to carry the count.
        return new Found(rows, rows.isEmpty() && offset > 0 ? count(criteria) : total[0]);
    }

    /** A word of three or more letters: inside a name, within a letter or two of one, or sounding like one. */
    private static final String WORD = "(p.search_name like '%%' || :%1$s || '%%' or :%1$s <%% p.search_name"
            + " or p.phonetic @> array[nullif(public.dmetaphone(:%1$s), '')])";

    /**
     * An initial or a two-letter name (J, Jo, Li): the start of a name word, or (two letters) sounding like
     * one. Matching these anywhere inside names would find most of the council and read every row.
     */
    private static final String SHORT_WORD = "(p.search_name ~ ('(^| )' || :%1$s)"
            + " or (length(:%1$s) = 2 and p.phonetic @> array[nullif(public.dmetaphone(:%1$s), '')]))";

    /** Lowers the fuzzy-match threshold for this transaction so one or two wrong letters still match. */
    public void tolerateMisspellings() {
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.45', true)").query(String.class).single();
    }

    private static String where(Criteria c, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("p.retracted_at is null");
        for (int i = 0; i < c.nameWords().size(); i++) {
            String word = "w" + i;
            params.put(word, c.nameWords().get(i));
            conditions.add((c.nameWords().get(i).length() <= 2 ? SHORT_WORD : WORD).formatted(word));
        }
        if (c.nhsNumber() != null) {
            conditions.add("p.nhs_number = :nhs");
            params.put("nhs", c.nhsNumber());
        }
        if (c.personNumber() != null) {
            conditions.add("p.person_number = :personNumber");
            params.put("personNumber", c.personNumber());
        }
        if (c.dateOfBirth() != null) {
            conditions.add("p.date_of_birth = :dob");
            params.put("dob", c.dateOfBirth());
        }
        if (c.postcode() != null) {
            conditions.add("p.postcode = :postcode");
            params.put("postcode", c.postcode());
        }
        return String.join(" and ", conditions);
    }

    private static Map<String, Object> values(ValidPerson p) {
        Map<String, Object> v = new HashMap<>();
        v.put("nhs", p.nhsNumber());
        v.put("given", p.givenName());
        v.put("family", p.familyName());
        v.put("preferred", p.preferredName());
        v.put("nameKey", p.nameKey());
        v.put("searchName", p.searchName());
        v.put("dob", p.dateOfBirth());
        v.put("dod", p.dateOfDeath());
        v.put("gender", p.gender());
        v.put("ethnicity", p.ethnicity());
        v.put("line1", p.addressLine1());
        v.put("line2", p.addressLine2());
        v.put("town", p.town());
        v.put("postcode", p.postcode());
        v.put("gpCode", p.gpPracticeCode());
        v.put("gpName", p.gpPracticeName());
        v.put("language", p.preferredLanguage());
        v.put("needs", p.communicationNeeds().toArray(String[]::new));
        v.put("notes", p.communicationNotes());
        v.put("phone", p.phone());
        v.put("email", p.email());
        v.put("psr", p.primarySupportReason());
        v.put("carer", p.hasUnpaidCarer());
        v.put("autism", p.autism());
        v.put("visual", p.visualImpairment());
        v.put("hearing", p.hearingImpairment());
        v.put("dementia", p.dementia());
        return v;
    }

    private static PersonRow row(ResultSet rs, int rowNum) throws SQLException {
        return new PersonRow(rs.getObject("id", UUID.class), rs.getLong("person_number"), rs.getString("nhs_number"),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("preferred_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getObject("date_of_death", LocalDate.class),
                rs.getString("gender"), rs.getString("ethnicity"), rs.getString("address_line_1"), rs.getString("address_line_2"),
                rs.getString("town"), rs.getString("postcode"), rs.getString("gp_practice_code"), rs.getString("gp_practice_name"),
                rs.getString("preferred_language"), strings(rs.getArray("communication_needs")), rs.getString("communication_notes"),
                rs.getString("phone"), rs.getString("email"), rs.getString("primary_support_reason"), rs.getString("has_unpaid_carer"),
                rs.getString("autism"), rs.getString("visual_impairment"), rs.getString("hearing_impairment"), rs.getString("dementia"),
                rs.getBoolean("restricted"), rs.getString("restriction_reason"), rs.getInt("version"),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
                instant(rs.getTimestamp("changed_at")), rs.getString("changed_by"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
