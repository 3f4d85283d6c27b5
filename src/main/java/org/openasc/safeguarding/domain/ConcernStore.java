package org.openasc.safeguarding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Concerns and their screening. */
@Repository
public class ConcernStore {

    public record Row(UUID id, long concernNumber, UUID personId, Instant receivedAt, LocalDate receivedOn, String source, String location,
                      String whatHappened, String immediateRisk, String actionTaken, UUID locationId, String providerName, boolean organisational,
                      LocalDate screeningDueOn, LocalDate screenedOn, Boolean needsCareSupport, Boolean experiencingRisk, Boolean unableToProtect,
                      String decision, String decisionReasons, String routedTo, Long routedTeamId, String decidedBy, UUID enquiryId,
                      Long enquiryTeamId, int version, String createdBy, UUID contactId) {
    }

    private static final String SELECT = """
            select c.id, c.concern_number, c.person_id, c.received_at, c.received_on, c.source, c.location, c.what_happened, c.immediate_risk,
              c.action_taken, c.location_id, c.provider_name, c.organisational, c.screening_due_on, c.screened_on, c.needs_care_support,
              c.experiencing_risk, c.unable_to_protect, c.decision, c.decision_reasons, c.routed_to, c.routed_team_id, c.decided_by,
              e.id as enquiry_id, e.team_id as enquiry_team_id, c.version, c.created_by, c.contact_id
            from safeguarding.concern c left join safeguarding.enquiry e on e.concern_id = c.id""";

    private static final String UNSCREENED = " where c.screened_on is null";
    private static final String DUE_BY = " and c.screening_due_on <= :dueBy";
    private static final String UNSCREENED_ORDER = " order by c.screening_due_on, c.received_at, c.concern_number limit :limit";

    private final JdbcClient jdbc;

    ConcernStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, UUID personId, Instant receivedAt, LocalDate receivedOn, String source, String location, String whatHappened,
                       String immediateRisk, String actionTaken, UUID locationId, String providerName, LocalDate dueOn, String by) {
        return jdbc.sql("""
                insert into safeguarding.concern (id, person_id, received_at, received_on, source, location, what_happened, immediate_risk,
                  action_taken, location_id, provider_name, screening_due_on, created_by)
                values (:id, :person, :at, :on, :source, :location, :what, :risk, :action, :locationId, :provider, :due, :by)
                returning concern_number""")
                .param("id", id).param("person", personId).param("at", java.sql.Timestamp.from(receivedAt)).param("on", receivedOn)
                .param("source", source).param("location", location).param("what", whatHappened).param("risk", immediateRisk)
                .param("action", actionTaken).param("locationId", locationId).param("provider", providerName).param("due", dueOn)
                .param("by", by).query(Long.class).single();
    }

    /**
     * A concern opened from a front-door contact, unless that contact has opened one already; its number, or empty when it
     * had (the unique contact_id decides, so a contact announced twice opens one concern).
     */
    public Optional<Long> insertFromContact(UUID id, UUID contactId, UUID personId, Instant receivedAt, LocalDate receivedOn, String source,
                                            String whatHappened, LocalDate dueOn, String by) {
        return jdbc.sql("""
                insert into safeguarding.concern (id, contact_id, person_id, received_at, received_on, source, what_happened, screening_due_on,
                  created_by)
                values (:id, :contact, :person, :at, :on, :source, :what, :due, :by)
                on conflict (contact_id) do nothing
                returning concern_number""")
                .param("id", id).param("contact", contactId).param("person", personId).param("at", java.sql.Timestamp.from(receivedAt))
                .param("on", receivedOn).param("source", source).param("what", whatHappened).param("due", dueOn).param("by", by)
                .query(Long.class).optional();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Row.class).optional();
    }

    /** Concerns not yet screened, soonest due first, from the {@code offset}th: a page (the concern number breaks ties). */
    public List<Row> unscreened(int offset, int limit) {
        return jdbc.sql(SELECT + UNSCREENED + UNSCREENED_ORDER + " offset :offset").param("limit", limit).param("offset", offset)
                .query(Row.class).list();
    }

    /** How many {@link #unscreened} there are. */
    public long countUnscreened() {
        return jdbc.sql("select count(*) from safeguarding.concern c" + UNSCREENED).query(Long.class).single();
    }

    /** Of those, the ones due for screening on or before {@code dueBy}, soonest due (most overdue) first. */
    public List<Row> unscreenedDueBy(LocalDate dueBy, int limit) {
        return jdbc.sql(SELECT + UNSCREENED + DUE_BY + UNSCREENED_ORDER).param("dueBy", dueBy).param("limit", limit).query(Row.class).list();
    }

    /** How many {@link #unscreenedDueBy} there are. */
    public long countUnscreenedDueBy(LocalDate dueBy) {
        return jdbc.sql("select count(*) from safeguarding.concern c" + UNSCREENED + DUE_BY).param("dueBy", dueBy).query(Long.class).single();
    }

    public List<Row> ofPerson(UUID personId) {
        return jdbc.sql(SELECT + " where c.person_id = :p order by c.received_at desc").param("p", personId).query(Row.class).list();
    }

    public List<Row> aboutLocation(UUID locationId) {
        return jdbc.sql(SELECT + " where c.location_id = :l order by c.received_at desc").param("l", locationId).query(Row.class).list();
    }

    public boolean screen(UUID id, int version, LocalDate on, boolean needs, boolean risk, boolean unable, String decision, String reasons,
                          String routedTo, Long routedTeam, String by) {
        return jdbc.sql("""
                update safeguarding.concern set screened_on = :on, needs_care_support = :needs, experiencing_risk = :risk, unable_to_protect = :unable,
                  decision = :decision, decision_reasons = :reasons, routed_to = :routed, routed_team_id = :team, decided_by = :by,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and version = :v and screened_on is null""")
                .param("id", id).param("v", version).param("on", on).param("needs", needs).param("risk", risk).param("unable", unable)
                .param("decision", decision).param("reasons", reasons).param("routed", routedTo).param("team", routedTeam).param("by", by)
                .update() == 1;
    }
}
