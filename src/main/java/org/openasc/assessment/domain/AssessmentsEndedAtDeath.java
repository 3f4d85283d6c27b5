package org.openasc.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Moves or undoes an assessment's ending by a death, for a date of death corrected or withdrawn (ADR 29). */
@Repository
public class AssessmentsEndedAtDeath {

    private final JdbcClient jdbc;

    AssessmentsEndedAtDeath(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void moveEnd(UUID id, LocalDate on) {
        jdbc.sql("update assessment.assessment set completed_on = :on where id = :id").param("id", id).param("on", on).update();
    }

    /** In progress again, with the answer on eligible needs it had before the death ended it. */
    public void reopen(UUID id, String eligibleNeedsIdentified) {
        jdbc.sql("update assessment.assessment set completed_on = null, outcome = null, eligible_needs_identified = :eni where id = :id")
                .param("id", id).param("eni", eligibleNeedsIdentified).update();
    }
}
