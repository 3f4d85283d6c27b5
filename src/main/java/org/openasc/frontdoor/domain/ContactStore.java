package org.openasc.frontdoor.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts as logged at the front door. */
@Repository
public class ContactStore {

    /** A contact as stored, with the layer of need its outcome (or its request's outcome) represents. */
    public record ContactRow(UUID id, long contactNumber, LocalDateTime receivedAt, String channel, String source, String contactName,
                             String contactPhone, UUID personId, String unknownPerson, String reason, String outcome,
                             String signpostedTo, String passedTo, UUID requestId, Long requestNumber, String layer,
                             Instant createdAt, String createdBy) {
    }

    /** The layer of a contact: its outcome's grouping, or for a request its request's outcome layer. */
    public static final String LAYER = """
            case when c.outcome = 'Request for support' then rl.layer
                 else (select v.grouping from platform.code_value v where v.list_name = 'contact-outcome' and v.value = c.outcome) end""";

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, LocalDateTime receivedAt, String channel, String source, String contactName, String contactPhone,
                       UUID personId, String unknownPerson, String reason, String outcome, String signpostedTo, String passedTo,
                       String by) {
        return jdbc.sql("""
                insert into frontdoor.contact (id, received_at, channel, source, contact_name, contact_phone, person_id, unknown_person,
                  reason, outcome, signposted_to, passed_to, created_by)
                values (:id, (:receivedAt)::timestamp at time zone 'Europe/London', :channel, :source, :contactName, :contactPhone,
                  :person, :unknown, :reason, :outcome, :signposted, :passed, :by)
                returning contact_number""")
                .param("id", id).param("receivedAt", receivedAt).param("channel", channel).param("source", source)
                .param("contactName", contactName).param("contactPhone", contactPhone).param("person", personId)
                .param("unknown", unknownPerson).param("reason", reason).param("outcome", outcome)
                .param("signposted", signpostedTo).param("passed", passedTo).param("by", by)
                .query(Long.class).single();
    }

    public void linkRequest(UUID contactId, UUID requestId) {
        jdbc.sql("update frontdoor.contact set request_id = :r where id = :c").param("r", requestId).param("c", contactId).update();
    }

    public Optional<ContactRow> find(UUID id) {
        return jdbc.sql("""
                select c.id, c.contact_number, (c.received_at at time zone 'Europe/London') as received_at, c.channel, c.source,
                  c.contact_name, c.contact_phone, c.person_id, c.unknown_person, c.reason, c.outcome, c.signposted_to, c.passed_to,
                  c.request_id, r.request_number, %s as layer, c.created_at, c.created_by
                from frontdoor.contact c
                left join frontdoor.support_request r on r.id = c.request_id
                left join frontdoor.outcome_layer rl on rl.outcome = r.outcome
                where c.id = :id""".formatted(LAYER))
                .param("id", id).query(ContactRow.class).optional();
    }
}
