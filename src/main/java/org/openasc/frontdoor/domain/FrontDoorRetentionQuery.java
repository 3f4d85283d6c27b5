package org.openasc.frontdoor.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.records.ModuleRetention;

/**
 * The front door's part of retention: each person's last contact or request, and the anonymisation or deletion of their
 * contacts and requests with everything recorded on them. A person's contacts are those about them and those about
 * nobody known that became one of their requests; a contact about someone else that led to one of their requests is
 * that other person's and is only unlinked from the request when it is deleted.
 */
@Repository
public class FrontDoorRetentionQuery {

    private static final String REQUESTS = "(select id from frontdoor.support_request where person_id = :person)";

    private static final String CONTACTS = """
            (select id from frontdoor.contact where person_id = :person or (person_id is null and request_id in %s))""".formatted(REQUESTS);

    private final JdbcClient jdbc;

    FrontDoorRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per person: the latest UK day a contact came in and the latest day a request was received or closed; an open request is ongoing. */
    public Map<UUID, LocalDate> lastActivity() {
        return ModuleRetention.lastActivity(jdbc.sql("""
                select person_id, max(last_on) as last_day, bool_or(ongoing) as ongoing
                from (select person_id, (received_at at time zone 'Europe/London')::date as last_on, false as ongoing
                      from frontdoor.contact where person_id is not null
                      union all
                      select person_id, greatest(received_on, closed_on), closed_on is null
                      from frontdoor.support_request) x
                group by person_id"""));
    }

    /**
     * Removes what identifies the person or anyone else from their contacts and requests: who got in touch and their phone
     * go, the person's description when unknown, the reason, where they were signposted or passed to, the request's summary
     * and priority reasons, the check-in notes, the conversations' words and the details of the request's history become
     * "Anonymised" or nothing. Numbers, dates, channels, sources, outcomes and layers, stages, priorities, teams, workers
     * and assessment dates are kept, so the front-door figures stay true.
     */
    public void anonymise(UUID personId) {
        update("""
                update frontdoor.contact set contact_name = null, contact_phone = null,
                  unknown_person = case when unknown_person is not null then 'Anonymised' end,
                  reason = 'Anonymised',
                  signposted_to = case when signposted_to is not null then 'Anonymised' end,
                  passed_to = case when passed_to is not null then 'Anonymised' end
                where id in %s""".formatted(CONTACTS), personId);
        update("""
                update frontdoor.support_request set summary = 'Anonymised',
                  priority_reason = case when priority_reason is not null then 'Anonymised' end
                where person_id = :person""", personId);
        update("update frontdoor.request_priority set reason = 'Anonymised' where request_id in " + REQUESTS, personId);
        update("update frontdoor.request_history set detail = null where detail is not null and request_id in " + REQUESTS, personId);
        update("update frontdoor.check_in set notes = null where notes is not null and request_id in " + REQUESTS, personId);
        update("""
                update frontdoor.conversation set what_matters = 'Anonymised', agreed = 'Anonymised', next_step = 'Anonymised'
                where request_id in %s""".formatted(REQUESTS), personId);
    }

    /**
     * Deletes the person's contacts and requests with their stage, priority and allocation histories, history lines,
     * check-ins, conversations and assessment dates. A contact and its request refer to each other, so the links to the
     * contacts going are cleared first; another person's contact linked to one of these requests keeps its own record, unlinked.
     * What their death ended (ADR 29) goes too: no foreign key removes it.
     */
    public void delete(UUID personId) {
        update("delete from frontdoor.ended_at_death where person_id = :person", personId);
        update("update frontdoor.contact set request_id = null where person_id <> :person and request_id in " + REQUESTS, personId);
        update("update frontdoor.support_request set contact_id = null where contact_id in " + CONTACTS, personId);
        update("delete from frontdoor.contact where id in " + CONTACTS, personId);
        for (String table : new String[] {"check_in", "conversation", "request_history", "request_stage", "request_priority", "request_allocation",
                "request_assessment"}) {
            update("delete from frontdoor." + table + " where request_id in " + REQUESTS, personId);
        }
        update("delete from frontdoor.support_request where person_id = :person", personId);
    }

    private void update(String sql, UUID personId) {
        jdbc.sql(sql).param("person", personId).update();
    }
}
