package org.openasc.returns.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.ReportReads;

/**
 * The facts the Safeguarding Adults Collection is counted from, read from the published views. Rows map
 * by hand: Spring's record mappers look camel-case names up first and pay for an exception per column per
 * row, which at 60,000 rows costs a minute.
 */
@Repository
public class SacQuery {

    public record Individual(String personId, LocalDate startedOn, LocalDate dateOfBirth, String gender, String ethnicGroup, String ethnicity,
                            String supportReasonGroup, String supportReason, String autism) {
    }

    public record Concluded(java.util.UUID id, long enquiryNumber, String riskAssessmentOutcome, String riskResult, String mspAsked, String mspAchieved,
                            String lackedCapacity, Boolean advocate, long allegations) {
    }

    public record Allegation(String typeOfRisk, String locationOfRisk, String sourceOfRisk, long count) {
    }

    public record Review(boolean died, long count) {
    }

    private final ReportReads reads;

    SacQuery(ReportReads reads) {
        this.reads = reads;
    }

    /** Concerns received; s42 and other enquiries started (SG1f). */
    public List<Long> activity(LocalDate from, LocalDate to) {
        JdbcClient jdbc = reads.jdbc();
        List<Long> counts = new ArrayList<>();
        counts.add(jdbc.sql("select count(*) from safeguarding.concern_facts where received_on between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single());
        counts.add(jdbc.sql("select count(*) from safeguarding.enquiry_facts where kind = 'S42' and started_on between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single());
        counts.add(jdbc.sql("select count(*) from safeguarding.enquiry_facts where kind = 'OTHER' and started_on between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single());
        return counts;
    }

    /** Each individual with a section 42 enquiry started in the year, as at the start of their first (SG1a-e). */
    public List<Individual> individuals(LocalDate from, LocalDate to) {
        return reads.jdbc().sql("""
                with firsts as (
                  select distinct on (person_id) person_id, started_on from safeguarding.enquiry_facts
                  where kind = 'S42' and started_on between :from and :to order by person_id, started_on)
                select f.person_id::text as person_id, f.started_on, p.date_of_birth, p.gender, ve.grouping as ethnic_group, p.ethnicity,
                  vp.grouping as support_reason_group, p.primary_support_reason as support_reason, p.autism
                from firsts f join people.person_facts p on p.id = f.person_id
                left join platform.code_value ve on ve.list_name = 'ethnicity' and ve.value = p.ethnicity
                left join platform.code_value vp on vp.list_name = 'primary-support-reason' and vp.value = p.primary_support_reason""")
                .param("from", from).param("to", to).query((rs, n) -> new Individual(rs.getString("person_id"), rs.getObject("started_on", LocalDate.class),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"), rs.getString("ethnic_group"), rs.getString("ethnicity"),
                        rs.getString("support_reason_group"), rs.getString("support_reason"), rs.getString("autism"))).list();
    }

    /** Section 42 enquiries concluded in the year (SG2c, SG2e, SG3a, SG4a). */
    public List<Concluded> concluded(LocalDate from, LocalDate to) {
        return reads.jdbc().sql("""
                select e.id, e.enquiry_number, e.risk_assessment_outcome, e.risk_result, e.msp_asked, e.msp_achieved, e.lacked_capacity, e.advocate,
                  (select count(*) from safeguarding.allegation_facts a where a.enquiry_id = e.id) as allegations
                from safeguarding.enquiry_facts e where e.kind = 'S42' and e.concluded_on between :from and :to order by e.enquiry_number""")
                .param("from", from).param("to", to).query((rs, n) -> new Concluded(rs.getObject("id", java.util.UUID.class), rs.getLong("enquiry_number"),
                        rs.getString("risk_assessment_outcome"), rs.getString("risk_result"), rs.getString("msp_asked"), rs.getString("msp_achieved"),
                        rs.getString("lacked_capacity"), (Boolean) rs.getObject("advocate"), rs.getLong("allegations"))).list();
    }

    /** Risks in section 42 enquiries concluded in the year, each allegation counted (SG2a, SG2b). */
    public List<Allegation> allegations(LocalDate from, LocalDate to) {
        return reads.jdbc().sql("""
                select a.type_of_risk, a.location_of_risk, a.source_of_risk, count(*) as count
                from safeguarding.allegation_facts a join safeguarding.enquiry_facts e on e.id = a.enquiry_id
                where e.kind = 'S42' and e.concluded_on between :from and :to group by 1, 2, 3""")
                .param("from", from).param("to", to).query((rs, n) -> new Allegation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    /** Safeguarding Adults Reviews completed in the year, by whether the individual died (SG5). */
    public List<Review> reviews(LocalDate from, LocalDate to) {
        return reads.jdbc().sql("select died, count(*) as count from safeguarding.sar_facts where completed_on between :from and :to group by 1")
                .param("from", from).param("to", to).query(Review.class).list();
    }

    /** The values of a code list in order, for rows and columns with the national labels. */
    public List<String> values(String list) {
        return reads.jdbc().sql("select value from platform.code_value where list_name = :l and active order by sort_order")
                .param("l", list).query(String.class).list();
    }
}
