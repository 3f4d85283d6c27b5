package org.openasc.support.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.records.ModuleRetention;

/**
 * Care and support's part of retention: each person's last day of support, and the anonymisation or deletion of their
 * plans, services, reviews, direct payments, discharges and home-care package requests.
 */
@Repository
public class SupportRetentionQuery {

    private static final String PLANS = "(select id from support.plan where person_id = :person)";
    private static final String SERVICES = "(select id from support.service where person_id = :person)";
    private static final String DIRECT_PAYMENTS = "(select id from support.direct_payment where person_id = :person)";
    private static final String PACKAGE_REQUESTS = "(select id from support.package_request where person_id = :person)";

    private final JdbcClient jdbc;

    SupportRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per person, the latest of: a service's start or end, a plan's start or sign-off, a review, a direct payment's agreement,
     * start or end, a direct payment check done, a discharge's referral, hub decision, discharge or end, and a package request's
     * request, sourcing or cancellation. A service or direct payment with no end or one after {@code today}, or a package
     * request neither sourced nor cancelled, is ongoing.
     */
    public Map<UUID, LocalDate> lastActivity(LocalDate today) {
        return ModuleRetention.lastActivity(jdbc.sql("""
                select person_id, max(last_on) as last_day, bool_or(ongoing) as ongoing
                from (select person_id, greatest(start_date, end_date) as last_on, end_date is null or end_date > :today as ongoing
                      from support.service
                      union all
                      select person_id, greatest(starts_on, signed_off_on), false from support.plan
                      union all
                      select person_id, reviewed_on, false from support.review
                      union all
                      select person_id, greatest(agreement_signed_on, starts_on, ends_on), ends_on is null or ends_on > :today
                      from support.direct_payment
                      union all
                      select d.person_id, m.done_on, false
                      from support.dp_monitoring m join support.direct_payment d on d.id = m.direct_payment_id
                      where m.done_on is not null
                      union all
                      select person_id, greatest(referred_on, hub_decision_on, discharged_on, ended_on), false from support.discharge
                      union all
                      select person_id, greatest(requested_on, sourced_on, cancelled_on), service_id is null and cancelled_on is null
                      from support.package_request) x
                group by person_id""")
                .param("today", today));
    }

    /**
     * Removes the free text from the person's support: what the plan's outcomes wanted and how they are met, a service's
     * suspension override and the reasons its terms changed, what changed at a review, direct payment check notes, the
     * ward of a discharge, a package's requirements and why a provider declined it become "Anonymised" or nothing. Dates,
     * codes (service types and components, outcomes, funding, review reasons and methods, pathways), costs, budgets,
     * teams, workers, hospitals and provider locations are kept, so the care and support and finance figures stay true.
     */
    public void anonymise(UUID personId) {
        update("update support.plan_outcome set wanted = 'Anonymised', how_met = 'Anonymised' where plan_id in " + PLANS, personId);
        update("update support.service set suspension_override = 'Anonymised' where person_id = :person and suspension_override is not null",
                personId);
        update("update support.service_terms set reason = 'Anonymised' where reason is not null and service_id in " + SERVICES, personId);
        update("update support.review set what_changed = null where person_id = :person and what_changed is not null", personId);
        update("update support.dp_monitoring set notes = null where notes is not null and direct_payment_id in " + DIRECT_PAYMENTS, personId);
        update("update support.discharge set ward = 'Anonymised' where person_id = :person", personId);
        update("update support.package_request set requirements = null where person_id = :person and requirements is not null", personId);
        update("update support.offer set decline_reason = 'Anonymised' where decline_reason is not null and request_id in " + PACKAGE_REQUESTS,
                personId);
    }

    /**
     * Deletes the person's support, each table after those that refer to it, with what their death ended of it (kept to move
     * or undo those ends, ADR 29; no foreign key removes it).
     */
    public void delete(UUID personId) {
        update("delete from support.ended_at_death where person_id = :person", personId);
        update("delete from support.offer where request_id in " + PACKAGE_REQUESTS, personId);
        update("delete from support.package_request where person_id = :person", personId);
        update("delete from support.dp_monitoring where direct_payment_id in " + DIRECT_PAYMENTS, personId);
        update("delete from support.direct_payment where person_id = :person", personId);
        update("delete from support.service_terms where service_id in " + SERVICES, personId);
        update("delete from support.service where person_id = :person", personId);
        update("delete from support.plan_outcome where plan_id in " + PLANS, personId);
        update("delete from support.plan where person_id = :person", personId);
        update("delete from support.review where person_id = :person", personId);
        update("delete from support.discharge where person_id = :person", personId);
    }

    private void update(String sql, UUID personId) {
        jdbc.sql(sql).param("person", personId).update();
    }
}
