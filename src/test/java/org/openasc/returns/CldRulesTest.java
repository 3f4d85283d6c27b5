package org.openasc.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.returns.domain.CldFields.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.openasc.platform.codelist.CodeLists;
import org.openasc.returns.domain.CldRules;
import org.openasc.testing.IntegrationTest;

/** Each of DHSC's data-quality rules with a row that passes and one that fails it, against the code lists as migrated. */
class CldRulesTest extends IntegrationTest {

    static final LocalDate START = LocalDate.of(2024, 4, 1);
    static final LocalDate END = LocalDate.of(2025, 3, 31);

    @Autowired
    CodeLists codes;

    /** A long-term community service for a 70-year-old with a direct payment: every mandatory field filled, every value valid. */
    static Map<String, String> service() {
        Map<String, String> v = new HashMap<>();
        v.putAll(Map.of(PERIOD_START, "01/04/2024", PERIOD_END, "31/03/2025", NHS_NUMBER, "9434765919", PERSON_ID, "1000001", GENDER, "Female",
                ETHNICITY, "White: Irish", DATE_OF_BIRTH, "14/06/1954", CLIENT_TYPE, "Service user", SUPPORT_REASON,
                "Physical support: Personal care support", POSTCODE, "LE1 7RH"));
        v.putAll(Map.of(ACCOMMODATION, "Owner occupier or shared ownership scheme", HAS_CARER, "No", FUNDING, "Fully social care funded",
                EVENT_TYPE, "Service", EVENT_REFERENCE, "S1", EVENT_START, "01/05/2024", SERVICE_TYPE, "Long term support: Community",
                SERVICE_COMPONENT, "Direct Payment", DELIVERY_MECHANISM, "Direct payment", UNIT_COST, "250.00"));
        v.putAll(Map.of(COST_FREQUENCY, "Weekly", PLANNED_UNITS, "1.00"));
        return v;
    }

    static Map<String, String> request() {
        Map<String, String> v = service();
        List.of(FUNDING, SERVICE_TYPE, SERVICE_COMPONENT, DELIVERY_MECHANISM, UNIT_COST, COST_FREQUENCY, PLANNED_UNITS).forEach(v::remove);
        v.putAll(Map.of(EVENT_TYPE, "Request", EVENT_REFERENCE, "R1", EVENT_END, "20/05/2024", EVENT_OUTCOME,
                "NFA: Information and advice or signposting", ROUTE_OF_ACCESS, "Community/Other route"));
        return v;
    }

    List<CldRules.Failure> check(Map<String, String> row) {
        return new CldRules(codes).check(List.<String[]>of(HEADER.stream().map(row::get).toArray(String[]::new)), START, END);
    }

    /** The rule and field of each failure, as "rule: field". */
    List<String> failures(Map<String, String> row) {
        return check(row).stream().map(f -> f.rule() + ": " + f.field()).toList();
    }

    Map<String, String> with(Map<String, String> row, String field, String value) {
        Map<String, String> changed = new HashMap<>(row);
        changed.put(field, value);
        return changed;
    }

    @Test
    void completeRowsPass() {
        assertThat(failures(service())).isEmpty();
        assertThat(failures(request())).isEmpty();
    }

    @Test
    void aMandatoryFieldLeftBlankFailsForTheEventsThatNeedIt() {
        assertThat(failures(with(service(), ETHNICITY, null))).containsExactly(CldRules.MANDATORY + ": " + ETHNICITY);
        // The primary support reason is not asked of a request, but is of a service.
        assertThat(failures(with(request(), SUPPORT_REASON, null))).isEmpty();
        assertThat(failures(with(service(), SUPPORT_REASON, null))).containsExactly(CldRules.MANDATORY + ": " + SUPPORT_REASON);
        // A service may be open; a request must have ended.
        assertThat(failures(with(request(), EVENT_END, null))).containsExactly(CldRules.MANDATORY + ": " + EVENT_END);
        assertThat(failures(with(request(), ROUTE_OF_ACCESS, null))).containsExactly(CldRules.MANDATORY + ": " + ROUTE_OF_ACCESS);
        // Costs are needed for a direct payment; not for support the council commissions itself.
        assertThat(failures(with(service(), UNIT_COST, null))).containsExactly(CldRules.MANDATORY + ": " + UNIT_COST);
        Map<String, String> commissioned = with(with(service(), DELIVERY_MECHANISM, "CASSR commissioned support"), SERVICE_COMPONENT, "Home Support");
        assertThat(failures(with(commissioned, UNIT_COST, null))).isEmpty();
        // Employment is asked of a working-age adult with learning disability support.
        Map<String, String> learning = with(with(service(), SUPPORT_REASON, "Learning disability support"), DATE_OF_BIRTH, "02/02/1990");
        assertThat(failures(learning)).containsExactly(CldRules.MANDATORY + ": " + EMPLOYMENT);
        assertThat(failures(with(learning, EMPLOYMENT, "Paid: 16 or more hours a week"))).isEmpty();
        // A planned review records whether outcomes were achieved.
        Map<String, String> review = with(with(with(with(request(), EVENT_TYPE, "Review"), ROUTE_OF_ACCESS, null), REVIEW_REASON, "Planned"),
                REVIEW_METHOD, "Service User Only");
        review.put(FUNDING, "Fully social care funded");
        assertThat(failures(review)).containsExactly(CldRules.MANDATORY + ": " + REVIEW_OUTCOMES);
        assertThat(failures(with(review, REVIEW_OUTCOMES, "Fully achieved"))).isEmpty();
    }

    @Test
    void codesMustBeSpeltExactlyAsTheListHasThem() {
        assertThat(failures(with(service(), CLIENT_TYPE, "Service User"))).contains(CldRules.NOT_ON_LIST + ": " + CLIENT_TYPE);
        assertThat(failures(with(service(), ETHNICITY, "White - Irish"))).containsExactly(CldRules.NOT_ON_LIST + ": " + ETHNICITY);
        assertThat(failures(with(service(), SERVICE_TYPE, "Long Term Support: Community"))).contains(CldRules.NOT_ON_LIST + ": " + SERVICE_TYPE);
    }

    @Test
    void datesNumbersAndNhsNumbersMustBeWellFormed() {
        assertThat(failures(with(service(), EVENT_START, "2024-05-01"))).containsExactly(CldRules.NOT_A_DATE + ": " + EVENT_START);
        assertThat(failures(with(service(), EVENT_START, "31/02/2024"))).containsExactly(CldRules.NOT_A_DATE + ": " + EVENT_START);
        assertThat(failures(with(service(), UNIT_COST, "£250"))).containsExactly(CldRules.NOT_A_NUMBER + ": " + UNIT_COST);
        assertThat(failures(with(service(), UNIT_COST, "-250.00"))).containsExactly(CldRules.NOT_A_NUMBER + ": " + UNIT_COST);
        assertThat(failures(with(service(), PLANNED_UNITS, "1.005"))).containsExactly(CldRules.NOT_A_NUMBER + ": " + PLANNED_UNITS);
        // 943 476 5919 holds; change its last digit and the modulus 11 check fails.
        assertThat(failures(with(service(), NHS_NUMBER, "9434765918"))).containsExactly(CldRules.NHS_CHECK + ": " + NHS_NUMBER);
        assertThat(failures(with(service(), NHS_NUMBER, "943476591"))).containsExactly(CldRules.NHS_CHECK + ": " + NHS_NUMBER);
    }

    @Test
    void datesMustBeInOrderInThePeriodAndNotAfterDeath() {
        assertThat(failures(with(request(), EVENT_END, "30/04/2024"))).containsExactly(CldRules.DATE_ORDER + ": " + EVENT_END);
        // A request that ended before the period is not in this file.
        Map<String, String> early = with(with(request(), EVENT_START, "01/02/2024"), EVENT_END, "20/03/2024");
        assertThat(failures(early)).containsExactly(CldRules.OUT_OF_PERIOD + ": " + EVENT_END);
        // A service that started before the period and is still open is in it.
        assertThat(failures(with(service(), EVENT_START, "01/05/2019"))).isEmpty();
        assertThat(failures(with(service(), EVENT_START, "01/04/2025"))).containsExactly(CldRules.OUT_OF_PERIOD + ": " + EVENT_START);
        // Died on 10 May: a request ending on 20 May ends after death; a service with a date of death must have ended.
        assertThat(failures(with(request(), DATE_OF_DEATH, "10/05/2024"))).containsExactly(CldRules.AFTER_DEATH + ": " + EVENT_END);
        Map<String, String> died = with(with(with(service(), DATE_OF_DEATH, "10/05/2024"), EVENT_END, "10/05/2024"), EVENT_OUTCOME, "NFA: Deceased");
        assertThat(failures(died)).isEmpty();
        assertThat(failures(with(died, EVENT_END, null))).containsExactly(CldRules.MANDATORY + ": " + EVENT_END);
    }

    @Test
    void serviceUsersAreAdultsAndOnePersonHasOnePairOfIdentifiers() {
        // Born 2 June 2006: 17 on 1 May 2024 when the service started.
        assertThat(failures(with(service(), DATE_OF_BIRTH, "02/06/2006"))).containsExactly(CldRules.UNDER_18 + ": " + DATE_OF_BIRTH);
        assertThat(failures(with(service(), DATE_OF_BIRTH, "01/05/2006"))).isEmpty();
        Map<String, String> other = with(with(request(), NHS_NUMBER, "4010232137"), EVENT_REFERENCE, "R2");
        List<CldRules.Failure> found = new CldRules(codes).check(List.of(HEADER.stream().map(service()::get).toArray(String[]::new),
                HEADER.stream().map(other::get).toArray(String[]::new)), START, END);
        assertThat(found).extracting(CldRules.Failure::rule).containsExactly(CldRules.IDENTIFIERS, CldRules.IDENTIFIERS);
        assertThat(found).extracting(CldRules.Failure::row).containsExactly(2L, 3L);
    }

    @Test
    void theReportingPeriodMustBeTheFiles() {
        assertThat(failures(with(service(), PERIOD_START, "01/01/2024"))).containsExactly(CldRules.PERIOD_MISMATCH + ": " + PERIOD_START);
    }
}
