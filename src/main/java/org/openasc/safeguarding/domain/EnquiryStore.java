package org.openasc.safeguarding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.safeguarding.EnquiryView;

/** Enquiries and their allegations. */
@Repository
public class EnquiryStore {

    public record Row(UUID id, long enquiryNumber, UUID concernId, long concernNumber, UUID personId, String kind, Long teamId, LocalDate startedOn,
                      LocalDate strategyOn, String strategyAgencies, String causedTo, LocalDate causedDueOn, LocalDate causedResponseOn,
                      String causedResponse, String mspAsked, String mspOutcomes, String mspAchieved, String lackedCapacity, Boolean advocate,
                      String conclusion, String riskAssessmentOutcome, String riskResult, LocalDate concludedOn, int version) {
    }

    private static final String SELECT = """
            select e.id, e.enquiry_number, e.concern_id, c.concern_number, e.person_id, e.kind, e.team_id, e.started_on, e.strategy_on,
              e.strategy_agencies, e.caused_to, e.caused_due_on, e.caused_response_on, e.caused_response, e.msp_asked, e.msp_outcomes,
              e.msp_achieved, e.lacked_capacity, e.advocate, e.conclusion, e.risk_assessment_outcome, e.risk_result, e.concluded_on, e.version
            from safeguarding.enquiry e join safeguarding.concern c on c.id = e.concern_id""";

    /** Not concluded, and the team's (:teams) unless :all, for the Safeguarding Adults Team. */
    private static final String OPEN = "concluded_on is null and (cast(:all as boolean) or team_id = any(:teams))";

    private final JdbcClient jdbc;

    EnquiryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID concernId, UUID personId, String kind, Long teamId, LocalDate startedOn, String causedTo, String by) {
        jdbc.sql("""
                insert into safeguarding.enquiry (id, concern_id, person_id, kind, team_id, started_on, caused_to, created_by)
                values (:id, :concern, :person, :kind, :team, :started, :caused, :by)""")
                .param("id", id).param("concern", concernId).param("person", personId).param("kind", kind).param("team", teamId)
                .param("started", startedOn).param("caused", causedTo).param("by", by).update();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(Row.class).optional();
    }

    /** Several enquiries in one query, in no particular order (callers order them as their list does). */
    public List<Row> findAll(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql(SELECT + " where e.id in (:ids)").param("ids", List.copyOf(ids)).query(Row.class).list();
    }

    public List<EnquiryView.Allegation> allegations(UUID enquiryId) {
        return jdbc.sql("select id, type_of_risk, location_of_risk, source_of_risk from safeguarding.allegation where enquiry_id = :e order by id")
                .param("e", enquiryId).query(EnquiryView.Allegation.class).list();
    }

    /** The allegations of several enquiries in one query, by enquiry. */
    public java.util.Map<UUID, List<EnquiryView.Allegation>> allegations(java.util.Collection<UUID> enquiryIds) {
        java.util.Map<UUID, List<EnquiryView.Allegation>> byEnquiry = new java.util.HashMap<>();
        if (!enquiryIds.isEmpty()) {
            jdbc.sql("select enquiry_id, id, type_of_risk, location_of_risk, source_of_risk from safeguarding.allegation where enquiry_id in (:e) order by id")
                    .param("e", List.copyOf(enquiryIds))
                    .query((rs, n) -> byEnquiry.computeIfAbsent(rs.getObject("enquiry_id", UUID.class), e -> new java.util.ArrayList<>())
                            .add(new EnquiryView.Allegation(rs.getLong("id"), rs.getString("type_of_risk"), rs.getString("location_of_risk"),
                                    rs.getString("source_of_risk")))).list();
        }
        return byEnquiry;
    }

    public void addAllegation(UUID enquiryId, String type, String location, String source, String by) {
        jdbc.sql("""
                insert into safeguarding.allegation (enquiry_id, type_of_risk, location_of_risk, source_of_risk, recorded_by)
                values (:e, :t, :l, :s, :by)""").param("e", enquiryId).param("t", type).param("l", location).param("s", source).param("by", by).update();
    }

    public void progress(UUID id, LocalDate strategyOn, String agencies, String causedTo, LocalDate causedDue, LocalDate causedResponseOn,
                         String causedResponse, String mspAsked, String mspOutcomes, String capacity, Boolean advocate) {
        jdbc.sql("""
                update safeguarding.enquiry set strategy_on = :strategy, strategy_agencies = :agencies, caused_to = :causedTo,
                  caused_due_on = :causedDue, caused_response_on = :responseOn, caused_response = :response, msp_asked = :asked,
                  msp_outcomes = :outcomes, lacked_capacity = :capacity, advocate = :advocate
                where id = :id""")
                .param("id", id).param("strategy", strategyOn).param("agencies", agencies).param("causedTo", causedTo)
                .param("causedDue", causedDue).param("responseOn", causedResponseOn).param("response", causedResponse)
                .param("asked", mspAsked).param("outcomes", mspOutcomes).param("capacity", capacity).param("advocate", advocate).update();
    }

    public void conclude(UUID id, LocalDate on, String conclusion, String riskOutcome, String riskResult, String mspAchieved) {
        jdbc.sql("""
                update safeguarding.enquiry set concluded_on = :on, conclusion = :conclusion, risk_assessment_outcome = :outcome,
                  risk_result = :result, msp_achieved = :achieved where id = :id""")
                .param("id", id).param("on", on).param("conclusion", conclusion).param("outcome", riskOutcome).param("result", riskResult)
                .param("achieved", mspAchieved).update();
    }

    /** Open enquiries the team works, or all open ones for the Safeguarding Adults Team (teams null), oldest first. */
    public List<UUID> open(List<Long> teams, int limit) {
        return open(teams, 0, limit);
    }

    /** The same from the {@code offset}th on: a page, the enquiry number breaking ties so pages neither overlap nor skip. */
    public List<UUID> open(List<Long> teams, int offset, int limit) {
        return jdbc.sql("select id from safeguarding.enquiry where " + OPEN + " order by started_on, enquiry_number limit :limit offset :offset")
                .param("all", teams == null).param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).param("limit", limit)
                .param("offset", offset).query(UUID.class).list();
    }

    /** How many {@link #open} enquiries there are for the teams (all of them for teams null). */
    public long countOpen(List<Long> teams) {
        return jdbc.sql("select count(*) from safeguarding.enquiry where " + OPEN)
                .param("all", teams == null).param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).query(Long.class).single();
    }
}
