package org.openasc.support.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.RowsByParent;
import org.openasc.support.SupportCommands;

/** Care and support plans and their outcomes. */
@Repository
public class PlanStore {

    public record Row(UUID id, UUID personId, UUID assessmentId, long teamId, String worker, LocalDate startsOn, BigDecimal budgetAmount,
                      String budgetPeriod, BigDecimal weeklyBudget, String deliveryMechanism, String signedOffBy, LocalDate signedOffOn,
                      int version, Instant createdAt, String createdBy) {
    }

    /** The person's needs assessment as the assessment module publishes it. */
    public record AssessmentFact(UUID personId, String assessmentType, LocalDate completedOn, Boolean eligible, boolean authorised) {
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AssessmentFact> assessment(UUID id) {
        return jdbc.sql("select person_id, assessment_type, completed_on, eligible, authorised from assessment.assessment_facts where id = :id")
                .param("id", id).query(AssessmentFact.class).optional();
    }

    public record EligibleAssessment(UUID id, long assessmentNumber, String assessmentType, LocalDate completedOn) {
    }

    public List<EligibleAssessment> eligibleAssessments(UUID personId) {
        return jdbc.sql("""
                select id, assessment_number, assessment_type, completed_on from assessment.assessment_facts
                where person_id = :p and eligible and authorised order by completed_on desc""")
                .param("p", personId).query(EligibleAssessment.class).list();
    }

    public void insert(UUID id, UUID personId, UUID assessmentId, long teamId, String worker, LocalDate startsOn, BigDecimal amount,
                       String period, BigDecimal weekly, String mechanism, List<SupportCommands.PlanOutcome> outcomes, String by) {
        jdbc.sql("""
                insert into support.plan (id, person_id, assessment_id, team_id, worker, starts_on, budget_amount, budget_period, weekly_budget,
                  delivery_mechanism, created_by)
                values (:id, :person, :assessment, :team, :worker, :starts, :amount, :period, :weekly, :mechanism, :by)""")
                .param("id", id).param("person", personId).param("assessment", assessmentId).param("team", teamId).param("worker", worker)
                .param("starts", startsOn).param("amount", amount).param("period", period).param("weekly", weekly)
                .param("mechanism", mechanism).param("by", by).update();
        for (int i = 0; i < outcomes.size(); i++) {
            jdbc.sql("insert into support.plan_outcome (plan_id, position, wanted, how_met) values (:id, :pos, :wanted, :how)")
                    .param("id", id).param("pos", i + 1).param("wanted", outcomes.get(i).wanted()).param("how", outcomes.get(i).howMet()).update();
        }
    }

    private static final String ROW = """
            select id, person_id, assessment_id, team_id, worker, starts_on, budget_amount, budget_period, weekly_budget, delivery_mechanism,
              signed_off_by, signed_off_on, version, created_at, created_by from support.plan""";

    public Optional<Row> find(UUID id) {
        return jdbc.sql(ROW + " where id = :id").param("id", id).query(Row.class).optional();
    }

    public List<Row> ofPerson(UUID personId) {
        return jdbc.sql(ROW + " where person_id = :p order by starts_on desc, created_at desc").param("p", personId).query(Row.class).list();
    }

    /** Each plan's outcomes in the person's order, for a whole list in one query. */
    public Map<UUID, List<SupportCommands.PlanOutcome>> outcomes(Collection<UUID> plans) {
        return RowsByParent.of(jdbc, "select plan_id, wanted, how_met from support.plan_outcome where plan_id in (:ids) order by position", "plan_id", plans,
                SupportCommands.PlanOutcome.class);
    }

    /** A plan written and not yet signed off. */
    public record Unsigned(UUID id, UUID personId, long teamId, String worker, LocalDate startsOn, Instant createdAt, String createdBy) {
    }

    /**
     * Not signed off, in the given teams (:all for every team) or naming the caller as worker, and not written by the
     * caller: a plan is signed off by a manager other than its author.
     */
    private static final String AWAITING_SIGN_OFF = """
            from support.plan p where p.signed_off_on is null and p.created_by <> :caller
              and (cast(:all as boolean) or p.team_id = any(:teams) or p.worker = :caller)""";

    /** Plans awaiting the caller's sign-off, the longest waiting first. */
    public List<Unsigned> awaitingSignOff(List<Long> teams, String caller, int limit, long offset) {
        return jdbc.sql("select p.id, p.person_id, p.team_id, p.worker, p.starts_on, p.created_at, p.created_by " + AWAITING_SIGN_OFF
                        + " order by p.created_at, p.id limit :limit offset :offset")
                .param("caller", caller).param("all", teams == null).param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new))
                .param("limit", limit).param("offset", offset).query(Unsigned.class).list();
    }

    /** How many {@link #awaitingSignOff} lists, all of them. */
    public long countAwaitingSignOff(List<Long> teams, String caller) {
        return jdbc.sql("select count(*) " + AWAITING_SIGN_OFF)
                .param("caller", caller).param("all", teams == null).param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new))
                .query(Long.class).single();
    }

    public boolean signOff(UUID id, int version, LocalDate on, String by) {
        return jdbc.sql("""
                update support.plan set signed_off_by = :by, signed_off_on = :on, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :v and signed_off_on is null""")
                .param("id", id).param("v", version).param("on", on).param("by", by).update() == 1;
    }

    /** The weekly cost of the plan's services open on a date. */
    /** The weekly cost of the services running on the day under each plan, for a whole list in one query; a plan with none is absent. */
    public Map<UUID, BigDecimal> committedWeekly(Collection<UUID> plans, LocalDate on) {
        Map<UUID, BigDecimal> committed = new HashMap<>();
        if (!plans.isEmpty()) {
            jdbc.sql("""
                    select s.plan_id, sum(t.weekly_cost) from support.service s
                    join lateral (select weekly_cost from support.service_terms x where x.service_id = s.id and x.effective_from <= :on
                                  order by x.effective_from desc limit 1) t on true
                    where s.plan_id in (:ids) and s.start_date <= :on and (s.end_date is null or s.end_date >= :on) group by s.plan_id""")
                    .param("ids", plans).param("on", on).query((rs, n) -> committed.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2))).list();
        }
        return committed;
    }
}
