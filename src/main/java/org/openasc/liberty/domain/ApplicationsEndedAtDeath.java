package org.openasc.liberty.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves or undoes what a death did to a DoLS application, for a date of death corrected or withdrawn (ADR 29). */
@Repository
public class ApplicationsEndedAtDeath {

    private final JdbcClient jdbc;

    ApplicationsEndedAtDeath(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The application withdrawn on another day, and why. */
    public void moveWithdrawal(UUID id, LocalDate on, String reason) {
        jdbc.sql("update liberty.application set signed_off_on = :on, outcome_reason = :reason where id = :id and outcome = 'WITHDRAWN'")
                .param("id", id).param("on", on).param("reason", reason).update();
    }

    /** Undecided again, waiting in the backlog with the reason it had (if any). */
    public void undoWithdrawal(UUID id, String reason) {
        jdbc.sql("""
                update liberty.application set signed_off_on = null, outcome = null, outcome_reason = :reason, authorised_from = null,
                  authorised_to = null, conditions = null where id = :id and outcome = 'WITHDRAWN'""")
                .param("id", id).param("reason", reason).update();
    }

    /** The authorisation ceased on another day, and why. */
    public void moveCeasing(UUID id, LocalDate on, String reason) {
        jdbc.sql("update liberty.application set ceased_on = :on, ceased_reason = :reason where id = :id")
                .param("id", id).param("on", on).param("reason", reason).update();
    }

    /** In force again for the period granted (or run to its end, if the corrected death came after it). */
    public void undoCeasing(UUID id) {
        jdbc.sql("update liberty.application set ceased_on = null, ceased_reason = null where id = :id").param("id", id).update();
    }
}
