package org.openasc.frontdoor.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves or undoes a request's closing by a death, for a date of death corrected or withdrawn (ADR 29). */
@Repository
public class RequestsEndedAtDeath {

    private final JdbcClient jdbc;

    RequestsEndedAtDeath(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The request closed on another day: its last stage entry (the closing) moves with it, as the waiting list is read from those. */
    public void moveClosed(UUID id, LocalDate on) {
        jdbc.sql("update frontdoor.support_request set closed_on = :on where id = :id").param("id", id).param("on", on).update();
        jdbc.sql("""
                update frontdoor.request_stage set from_date = :on
                where id = (select max(id) from frontdoor.request_stage where request_id = :id) and stage = 'CLOSED'""")
                .param("id", id).param("on", on).update();
    }

    /**
     * The request open again at the stage it had: the closing never happened, so its stage entry goes (the waiting list of
     * the days since shows it waiting, as it was) and its contacts lose the layer the outcome gave them; the history keeps both.
     */
    public void reopen(UUID id, String stage) {
        jdbc.sql("update frontdoor.support_request set stage = :stage, outcome = null, closed_on = null where id = :id")
                .param("id", id).param("stage", stage).update();
        jdbc.sql("""
                delete from frontdoor.request_stage
                where id = (select max(id) from frontdoor.request_stage where request_id = :id) and stage = 'CLOSED'""")
                .param("id", id).update();
        jdbc.sql("update frontdoor.contact set layer = null where request_id = :id").param("id", id).update();
    }
}
