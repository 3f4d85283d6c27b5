package org.openasc.people.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.people.PersonImport;

/** Reads and writes for people brought in from a file: matching, bringing CLD fields up to date, history and caring links. */
@Repository
public class PersonImportStore {

    /** A live record found by an identifier. */
    /** A person already on the record, with the date of death it holds (null while alive). */
    public record Held(UUID id, long personNumber, String nhsNumber, java.time.LocalDate dateOfDeath) {
    }

    private final JdbcClient jdbc;

    PersonImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Held> byNhsNumber(String nhsNumber) {
        return jdbc.sql("select id, person_number, nhs_number, date_of_death from people.person where nhs_number = :n and retracted_at is null")
                .param("n", nhsNumber).query(Held.class).optional();
    }

    public Optional<Held> byPersonNumber(long personNumber) {
        return jdbc.sql("select id, person_number, nhs_number, date_of_death from people.person where person_number = :n and retracted_at is null")
                .param("n", personNumber).query(Held.class).optional();
    }

    /** Sets the fields the file holds where they differ (a blank in the file never clears what is held); whether anything changed. */
    public boolean update(UUID id, PersonImport.Imported p, String by) {
        return jdbc.sql("""
                update people.person set nhs_number = coalesce(:nhs, nhs_number),
                  date_of_birth = coalesce(:dob, date_of_birth),
                  date_of_death = coalesce(:dod, date_of_death),
                  gender = coalesce(:gender, gender),
                  ethnicity = coalesce(:ethnicity, ethnicity),
                  postcode = coalesce(:postcode, postcode),
                  gp_practice_code = coalesce(:gpCode, gp_practice_code),
                  gp_practice_name = coalesce(:gpName, gp_practice_name),
                  primary_support_reason = coalesce(:psr, primary_support_reason),
                  has_unpaid_carer = coalesce(:carer, has_unpaid_carer),
                  autism = coalesce(:autism, autism),
                  visual_impairment = coalesce(:visual, visual_impairment),
                  hearing_impairment = coalesce(:hearing, hearing_impairment),
                  dementia = coalesce(:dementia, dementia),
                  version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and (nhs_number is distinct from coalesce(:nhs, nhs_number)
                  or date_of_birth is distinct from coalesce(:dob, date_of_birth)
                  or date_of_death is distinct from coalesce(:dod, date_of_death)
                  or gender is distinct from coalesce(:gender, gender)
                  or ethnicity is distinct from coalesce(:ethnicity, ethnicity)
                  or postcode is distinct from coalesce(:postcode, postcode)
                  or gp_practice_code is distinct from coalesce(:gpCode, gp_practice_code)
                  or gp_practice_name is distinct from coalesce(:gpName, gp_practice_name)
                  or primary_support_reason is distinct from coalesce(:psr, primary_support_reason)
                  or has_unpaid_carer is distinct from coalesce(:carer, has_unpaid_carer)
                  or autism is distinct from coalesce(:autism, autism)
                  or visual_impairment is distinct from coalesce(:visual, visual_impairment)
                  or hearing_impairment is distinct from coalesce(:hearing, hearing_impairment)
                  or dementia is distinct from coalesce(:dementia, dementia))""")
                .param("id", id).param("nhs", p.nhsNumber()).param("dob", p.dateOfBirth()).param("dod", p.dateOfDeath()).param("gender", p.gender())
                .param("ethnicity", p.ethnicity()).param("postcode", p.postcode()).param("gpCode", p.gpPracticeCode()).param("gpName", p.gpPracticeName())
                .param("psr", p.primarySupportReason()).param("carer", p.hasUnpaidCarer()).param("autism", p.autism()).param("visual", p.visualImpairment())
                .param("hearing", p.hearingImpairment()).param("dementia", p.dementia()).param("by", by).update() > 0;
    }

    /** Adds a circumstance from a date unless the history already says so on that date. */
    public void circumstance(UUID person, PersonImport.Seen seen, String by) {
        jdbc.sql("""
                insert into people.circumstance (person_id, kind, value, valid_from, recorded_by)
                select :p, :kind, :value, :from, :by
                where not exists (select 1 from people.circumstance c where c.person_id = :p and c.kind = :kind and c.valid_from <= :from
                                    and c.valid_from = (select max(valid_from) from people.circumstance d
                                                        where d.person_id = :p and d.kind = :kind and d.valid_from <= :from)
                                    and c.value = :value)
                on conflict (person_id, kind, valid_from) do update set value = excluded.value""")
                .param("p", person).param("kind", seen.kind()).param("value", seen.value()).param("from", seen.from()).param("by", by).update();
    }

    /** Records that one person is an unpaid carer of another, unless already recorded either way round. */
    public void caresFor(UUID carer, UUID caredFor, String by) {
        jdbc.sql("""
                insert into people.relationship (person_id, related_person_id, relationship_type, created_by)
                select :carer, :cared, 'Unpaid carer of', :by
                where not exists (select 1 from people.caring_facts f where f.carer_id = :carer and f.cared_for_id = :cared)""")
                .param("carer", carer).param("cared", caredFor).param("by", by).update();
    }
}
