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

    /** The layer of a contact, or what it counts as while it has none: a safeguarding concern, or a request still open. */
    public static final String LAYER_OR_STATE = "coalesce(c.layer, case when c.outcome = 'Safeguarding concern' then 'safeguarding' else 'pending' end)";

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(UUID id, LocalDateTime receivedAt, String channel, String source, String contactName, String contactPhone,
                       UUID personId, String unknownPerson, String reason, String outcome, String signpostedTo, String passedTo,
                       String by) {
        return jdbc.sql("""
                insert into frontdoor.contact (id, received_at, channel, source, contact_name, contact_phone, person_id, unknown_person,
                  reason, outcome, signposted_to, passed_to, layer, created_by)
                values (:id, (:receivedAt)::timestamp at time zone 'Europe/London', :channel, :source, :contactName, :contactPhone,
                  :person, :unknown, :reason, :outcome, :signposted, :passed,
                  (select grouping from platform.code_value where list_name = 'contact-outcome' and value = :outcome), :by)
                returning contact_number""")
                .param("id", id).param("receivedAt", receivedAt).param("channel", channel).param("source", source)
                .param("contactName", contactName).param("contactPhone", contactPhone).param("person", personId)
                .param("unknown", unknownPerson).param("reason", reason).param("outcome", outcome)
                .param("signposted", signpostedTo).param("passed", passedTo).param("by", by)
                .query(Long.class).single();
    }

    /** A request has its outcome: the contacts that opened it take the layer that outcome represents. */
    public void requestClosed(UUID requestId, String outcome) {
        jdbc.sql("update frontdoor.contact set layer = (select layer from frontdoor.outcome_layer where outcome = :outcome) where request_id = :r")
                .param("outcome", outcome).param("r", requestId).update();
    }

    public void linkRequest(UUID contactId, UUID requestId) {
        jdbc.sql("update frontdoor.contact set request_id = :r where id = :c").param("r", requestId).param("c", contactId).update();
    }

    public Optional<ContactRow> find(UUID id) {
        return jdbc.sql("""
                select c.id, c.contact_number, (c.received_at at time zone 'Europe/London') as received_at, c.channel, c.source,
                  c.contact_name, c.contact_phone, c.person_id, c.unknown_person, c.reason, c.outcome, c.signposted_to, c.passed_to,
                  c.request_id, r.request_number, c.layer, c.created_at, c.created_by
                from frontdoor.contact c left join frontdoor.support_request r on r.id = c.request_id
                where c.id = :id""")
                .param("id", id).query(ContactRow.class).optional();
    }
}
