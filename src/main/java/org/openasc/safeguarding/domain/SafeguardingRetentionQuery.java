package org.openasc.safeguarding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.openasc.platform.records.ModuleRetention;
import org.openasc.platform.records.RetentionSource;

/**
 * Safeguarding's records for retention: when each person's concerns, enquiries and Safeguarding Adults Reviews last had
 * something happen (one query for everyone), what still holds them, and their anonymisation or deletion. Anonymising
 * replaces the narratives (what happened, where, the risk, the action taken, the reasons, the person's outcomes in their
 * words, who referred a review, the review group's advice, action plans) and keeps the ids, dates, decisions, conclusions,
 * allegations' coded type, location and source of risk, teams and providers, so the figures and returns stay true.
 */
@Repository
public class SafeguardingRetentionQuery {

    /** The person's enquiries: those about them, and those opened from a concern about them. */
    private static final String ENQUIRIES = """
            select e.id from safeguarding.enquiry e where e.person_id = :p
            union select e.id from safeguarding.enquiry e join safeguarding.concern c on c.id = e.concern_id where c.person_id = :p""";

    private static final String REVIEWS = "select id from safeguarding.sar where person_id = :p";

    private final JdbcClient jdbc;

    SafeguardingRetentionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each person's latest day received, screened, started, strategy discussion, caused enquiry answered, concluded, or a review
     * referred, decided on, commenced or completed; {@link RetentionSource#ONGOING} while a concern is not screened, an enquiry not
     * concluded, or a review is awaiting the board's decision or commissioned and not completed.
     */
    public Map<UUID, LocalDate> lastActivity() {
        return ModuleRetention.lastActivity(jdbc.sql("""
                select person_id, max(day) as last_day, bool_or(ongoing) as ongoing from (
                  select person_id, greatest(received_on, screened_on) as day, screened_on is null as ongoing
                  from safeguarding.concern
                  union all
                  select person_id, greatest(started_on, strategy_on, caused_response_on, concluded_on), concluded_on is null
                  from safeguarding.enquiry
                  union all
                  select person_id, greatest(referred_on, board_decided_on, commenced_on, completed_on),
                    board_decision is null or (board_decision = 'COMMISSIONED' and completed_on is null)
                  from safeguarding.sar
                ) activity
                group by person_id"""));
    }

    /** Why the person's safeguarding records are kept whatever the dates: open enquiries, unscreened concerns, unfinished reviews. */
    public List<String> holds(UUID personId) {
        return ModuleRetention.holds(jdbc.sql("""
                select reason from (
                  select 1 as kind, enquiry_number as number, 'Safeguarding enquiry ' || enquiry_number || ' is open' as reason
                  from safeguarding.enquiry where person_id = :p and concluded_on is null
                  union all
                  select 2, concern_number, 'Safeguarding concern ' || concern_number || ' is not yet screened'
                  from safeguarding.concern where person_id = :p and screened_on is null
                  union all
                  select 3, sar_number, 'Safeguarding Adults Review ' || sar_number
                    || case when board_decision is null then ' is awaiting the board''s decision' else ' is not completed' end
                  from safeguarding.sar
                  where person_id = :p and (board_decision is null or (board_decision = 'COMMISSIONED' and completed_on is null))
                ) holds
                order by kind, number limit :limit""")
                .param("p", personId));
    }

    /** Replaces every free-text passage about the person (or naming anyone else) with "Anonymised", keeping what is counted. */
    public void anonymise(UUID personId, String by) {
        jdbc.sql("""
                update safeguarding.concern set
                  location = case when location is null then null else 'Anonymised' end,
                  what_happened = 'Anonymised',
                  immediate_risk = case when immediate_risk is null then null else 'Anonymised' end,
                  action_taken = case when action_taken is null then null else 'Anonymised' end,
                  decision_reasons = case when decision_reasons is null then null else 'Anonymised' end,
                  version = version + 1, changed_at = now(), changed_by = :by
                where person_id = :p""").param("p", personId).param("by", by).update();
        jdbc.sql("""
                update safeguarding.enquiry set
                  strategy_agencies = case when strategy_agencies is null then null else 'Anonymised' end,
                  caused_to = case when caused_to is null then null else 'Anonymised' end,
                  caused_response = case when caused_response is null then null else 'Anonymised' end,
                  msp_outcomes = case when msp_outcomes is null then null else 'Anonymised' end,
                  version = version + 1, changed_at = now(), changed_by = :by
                where id in (""" + ENQUIRIES + ")").param("p", personId).param("by", by).update();
        jdbc.sql("""
                update safeguarding.sar set
                  referrer = 'Anonymised',
                  review_group_advice = case when review_group_advice is null then null else 'Anonymised' end,
                  version = version + 1, changed_at = now(), changed_by = :by
                where person_id = :p""").param("p", personId).param("by", by).update();
        jdbc.sql("update safeguarding.sar_action set action = 'Anonymised', owner = 'Anonymised' where sar_id in (" + REVIEWS + ")")
                .param("p", personId).update();
    }

    /** Deletes the person's safeguarding records, children first: allegations, enquiries, concerns; review actions, reviews. */
    public void delete(UUID personId) {
        jdbc.sql("delete from safeguarding.allegation where enquiry_id in (" + ENQUIRIES + ")").param("p", personId).update();
        jdbc.sql("delete from safeguarding.enquiry where id in (" + ENQUIRIES + ")").param("p", personId).update();
        jdbc.sql("delete from safeguarding.concern where person_id = :p").param("p", personId).update();
        jdbc.sql("delete from safeguarding.sar_action where sar_id in (" + REVIEWS + ")").param("p", personId).update();
        jdbc.sql("delete from safeguarding.sar where person_id = :p").param("p", personId).update();
    }
}
