package org.openasc.frontdoor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.openasc.platform.audit.AuditTrail;
import org.openasc.platform.records.ImportedRecords;
import org.openasc.platform.security.Access;

/**
 * Requests brought in from a council's previous system, closed as the file says. A request is the same request when the
 * person, day received, route and client type match (DHSC's own key); it keeps its number when the file's reference is
 * one of ours and the number is free. Runs inside the import's transaction.
 */
@Service
@PreAuthorize(Access.IMPORT_RECORDS)
@Transactional(propagation = Propagation.MANDATORY)
public class RequestImport extends ImportedRecords {

    /** A closed request from the file; {@code number} is the number to keep, if any. */
    public record Imported(UUID personId, Long number, String clientType, String routeOfAccess, LocalDate receivedOn, LocalDate closedOn,
                           String outcome, boolean existingClient, boolean conversation) {
    }

    RequestImport(JdbcClient jdbc, AuditTrail audit) {
        super(jdbc, audit);
    }

    /** Creates or closes each request; returns how many were created and how many changed. */
    public int[] apply(List<Imported> requests, String by) {
        int[] counts = apply(requests, r -> jdbc.sql("""
                        select id from frontdoor.support_request where person_id = :p and received_on = :on and route_of_access = :route
                          and client_type = :type order by request_number limit 1""")
                .param("p", r.personId()).param("on", r.receivedOn()).param("route", r.routeOfAccess()).param("type", r.clientType())
                .query(UUID.class).optional(), (held, r) -> close(held, r, by), r -> create(r, by));
        jdbc.sql("select setval('frontdoor.request_number', greatest((select max(request_number) from frontdoor.support_request), "
                + "(select last_value from frontdoor.request_number)))").query(Long.class).single();
        return counts;
    }

    private int close(UUID held, Imported r, String by) {
        return jdbc.sql("""
                update frontdoor.support_request set closed_on = :closed, outcome = :outcome, stage = 'CLOSED',
                  conversation_elsewhere = conversation_elsewhere or :conversation, version = version + 1, changed_at = now(), changed_by = :by
                where id = :id and (closed_on is distinct from :closed or outcome is distinct from :outcome
                  or (:conversation and not conversation_elsewhere))""")
                .param("id", held).param("closed", r.closedOn()).param("outcome", r.outcome()).param("conversation", r.conversation())
                .param("by", by).update();
    }

    private UUID create(Imported r, String by) {
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("""
                insert into frontdoor.support_request (id, request_number, person_id, client_type, existing_client, route_of_access, received_on,
                  summary, stage, closed_on, outcome, conversation_elsewhere, created_by)
                values (:id, case when cast(:number as bigint) is not null and not exists (select 1 from frontdoor.support_request where request_number = :number)
                              then :number else nextval('frontdoor.request_number') end,
                  :p, :type, :existing, :route, :received, 'Brought in from a Client Level Data file', 'CLOSED', :closed, :outcome, :conversation, :by)
                returning request_number""")
                .param("id", id).param("number", r.number()).param("p", r.personId()).param("type", r.clientType())
                .param("existing", r.existingClient()).param("route", r.routeOfAccess()).param("received", r.receivedOn())
                .param("closed", r.closedOn()).param("outcome", r.outcome()).param("conversation", r.conversation()).param("by", by)
                .query(Long.class).single();
        jdbc.sql("""
                insert into frontdoor.request_stage (request_id, stage, from_date, recorded_by)
                values (:id, 'AWAITING_TRIAGE', :received, :by), (:id, 'CLOSED', :closed, :by)""")
                .param("id", id).param("received", r.receivedOn()).param("closed", r.closedOn()).param("by", by).update();
        broughtIn(by, SupportRequests.SUBJECT, id, number);
        return id;
    }
}
