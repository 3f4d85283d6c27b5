package org.openasc.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.database.RowsByParent;
import org.openasc.support.DirectPaymentView;

/** Direct payment agreements and their monitoring checks. */
@Repository
public class DirectPaymentStore {

    public record Row(UUID id, UUID personId, UUID serviceId, LocalDate agreementSignedOn, BigDecimal amount, String period, LocalDate startsOn,
                      LocalDate endsOn) {
    }

    private final JdbcClient jdbc;

    DirectPaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID personId, UUID serviceId, LocalDate signed, BigDecimal amount, String period, LocalDate starts, String by) {
        jdbc.sql("""
                insert into support.direct_payment (id, person_id, service_id, agreement_signed_on, amount, period, starts_on, recorded_by)
                values (:id, :person, :service, :signed, :amount, :period, :starts, :by)""")
                .param("id", id).param("person", personId).param("service", serviceId).param("signed", signed).param("amount", amount)
                .param("period", period).param("starts", starts).param("by", by).update();
    }

    public void scheduleCheck(UUID directPaymentId, LocalDate dueOn) {
        jdbc.sql("insert into support.dp_monitoring (id, direct_payment_id, due_on) values (:id, :dp, :due)")
                .param("id", UUID.randomUUID()).param("dp", directPaymentId).param("due", dueOn).update();
    }

    /** Records the open check done; false if another change got there first. */
    public boolean checkDone(UUID checkId, LocalDate on, String outcome, String notes, String by) {
        return jdbc.sql("""
                update support.dp_monitoring set done_on = :on, outcome = :outcome, notes = :notes, done_by = :by
                where id = :id and done_on is null""")
                .param("id", checkId).param("on", on).param("outcome", outcome).param("notes", notes).param("by", by).update() == 1;
    }

    private static final String ROW = "select id, person_id, service_id, agreement_signed_on, amount, period, starts_on, ends_on from support.direct_payment";

    public Optional<Row> find(UUID id) {
        return jdbc.sql(ROW + " where id = :id").param("id", id).query(Row.class).optional();
    }

    /**
     * Ends the person's payments still running on the day (or starting after it, on their first day), for a death
     * recorded: their monitoring checks stop being due. The ids of those ended.
     */
    public List<UUID> endRunningAfter(UUID personId, LocalDate lastDay) {
        return jdbc.sql("""
                update support.direct_payment set ends_on = greatest(:last, starts_on)
                where person_id = :p and (ends_on is null or ends_on > :last) returning id""")
                .param("p", personId).param("last", lastDay).query(UUID.class).list();
    }

    public List<Row> ofPerson(UUID personId) {
        return jdbc.sql(ROW + " where person_id = :p order by starts_on desc").param("p", personId).query(Row.class).list();
    }

    /** Each agreement's monitoring checks, soonest due first, for a whole list in one query. */
    public java.util.Map<UUID, List<DirectPaymentView.Check>> checks(java.util.Collection<UUID> payments) {
        return RowsByParent.of(jdbc, "select direct_payment_id, id, due_on, done_on, outcome, notes, done_by from support.dp_monitoring"
                + " where direct_payment_id in (:ids) order by due_on", "direct_payment_id", payments, DirectPaymentView.Check.class);
    }

    /** A monitoring check not yet done, with the team and worker responsible for it. */
    public record CheckDue(UUID directPaymentId, UUID personId, LocalDate dueOn, Long teamId, String worker) {
    }

    /**
     * Open checks due by :dueBy on direct payments not ended by :asOf, with the team and worker of the service the payment is
     * for or, for a payment linked to no service, those of the person's long-term support (as their reviews are); in the
     * given teams (:all for every team) or naming the caller as worker.
     */
    private static final String CHECKS_DUE = """
            from support.dp_monitoring m join support.direct_payment d on d.id = m.direct_payment_id
              left join support.service s on s.id = d.service_id
              left join lateral (%s) l on true
            where m.done_on is null and m.due_on <= :dueBy and (d.ends_on is null or d.ends_on >= :asOf)
              and (cast(:all as boolean) or coalesce(s.team_id, l.team_id) = any(:teams)
                   or (case when s.id is null then l.worker else s.worker end) = :caller)""".formatted(ReviewStore.LONG_TERM_PEOPLE
            // Only a payment linked to no service needs its person's long-term support, read for that person alone rather
            // than for everyone in long-term support in the county.
            .replace("where s.long_term", "where d.service_id is null and s.person_id = d.person_id and s.long_term"));

    /** Checks due by :dueBy or overdue, the longest overdue first. */
    public List<CheckDue> checksDue(LocalDate asOf, LocalDate dueBy, List<Long> teams, String caller, int limit, long offset) {
        return jdbc.sql("""
                select d.id as direct_payment_id, d.person_id, m.due_on, coalesce(s.team_id, l.team_id) as team_id,
                  case when s.id is null then l.worker else s.worker end as worker
                """ + CHECKS_DUE + " order by m.due_on, d.id limit :limit offset :offset")
                .param("asOf", asOf).param("dueBy", dueBy).param("caller", caller).param("all", teams == null)
                .param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).param("limit", limit).param("offset", offset)
                .query(CheckDue.class).list();
    }

    /** How many {@link #checksDue} lists, all of them. */
    public long countChecksDue(LocalDate asOf, LocalDate dueBy, List<Long> teams, String caller) {
        return jdbc.sql("select count(*) " + CHECKS_DUE)
                .param("asOf", asOf).param("dueBy", dueBy).param("caller", caller).param("all", teams == null)
                .param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).query(Long.class).single();
    }

    public boolean serviceOf(UUID serviceId, UUID personId) {
        return jdbc.sql("""
                select exists(select 1 from support.service where id = :s and person_id = :p and delivery_mechanism = 'Direct payment')""")
                .param("s", serviceId).param("p", personId).query(Boolean.class).single();
    }
}
