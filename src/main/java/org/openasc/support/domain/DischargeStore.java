package org.openasc.support.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hospital discharge referrals. */
@Repository
public class DischargeStore {

    public record Row(UUID id, UUID personId, long teamId, String hospital, String ward, LocalDate referredOn, int pathway,
                      boolean dischargeToAssess, LocalDate hubDecisionOn, LocalDate dischargedOn, boolean reablement, String status91Day,
                      int version, LocalDate endedOn, DischargeEnd endReason) {
    }

    private static final String COLUMNS = """
            id, person_id, team_id, hospital, ward, referred_on, pathway, discharge_to_assess, hub_decision_on, discharged_on, reablement,
            status_91_day as status91_day, version, ended_on, end_reason""";

    private final JdbcClient jdbc;

    DischargeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID personId, long teamId, String hospital, String ward, LocalDate referredOn, int pathway, boolean d2a,
                       String by) {
        jdbc.sql("""
                insert into support.discharge (id, person_id, team_id, hospital, ward, referred_on, pathway, discharge_to_assess, recorded_by)
                values (:id, :person, :team, :hospital, :ward, :referred, :pathway, :d2a, :by)""")
                .param("id", id).param("person", personId).param("team", teamId).param("hospital", hospital).param("ward", ward)
                .param("referred", referredOn).param("pathway", pathway).param("d2a", d2a).param("by", by).update();
    }

    public boolean progress(UUID id, int version, LocalDate decision, LocalDate discharged, boolean reablement, String status, String by) {
        return jdbc.sql("""
                update support.discharge set hub_decision_on = :decision, discharged_on = :discharged, reablement = :reablement,
                  status_91_day = :status, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :v""")
                .param("id", id).param("v", version).param("decision", decision).param("discharged", discharged)
                .param("reablement", reablement).param("status", status).param("by", by).update() == 1;
    }

    /** The referral ends without a discharge, on {@code on}, for {@code reason}; false if it changed meanwhile. */
    public boolean end(UUID id, int version, LocalDate on, DischargeEnd reason, String by) {
        return jdbc.sql("""
                update support.discharge set ended_on = :on, end_reason = :reason, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :v""")
                .param("id", id).param("v", version).param("on", on).param("reason", reason == null ? null : reason.name()).param("by", by)
                .update() == 1;
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from support.discharge where id = :id").param("id", id).query(Row.class).optional();
    }

    /** Referrals still in hospital (not discharged nor ended), and those discharged in the period, in the given teams (null: all). */
    public List<Row> list(LocalDate from, LocalDate to, List<Long> teams, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from support.discharge where ((discharged_on is null and ended_on is null) or discharged_on between :from and :to)
                 and (cast(:all as boolean) or team_id = any(:teams)) order by discharged_on desc nulls first, referred_on desc limit :limit""")
                .param("from", from).param("to", to).param("all", teams == null)
                .param("teams", teams == null ? new Long[0] : teams.toArray(Long[]::new)).param("limit", limit).query(Row.class).list();
    }

    public List<Row> ofPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from support.discharge where person_id = :p order by referred_on desc")
                .param("p", personId).query(Row.class).list();
    }
}
