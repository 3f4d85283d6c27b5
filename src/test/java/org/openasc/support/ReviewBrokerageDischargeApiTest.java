package org.openasc.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.PagedList;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviews due and overdue, home care brokerage in zone order at the zone's rate, direct payment monitoring and hospital discharge. */
class ReviewBrokerageDischargeApiTest extends IntegrationTest {

    @Test
    void aPlannedReviewFallsDueTwelveMonthsAfterSupportStartsAndAfterEachReview() {
        long team = newTeam("Reviews ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String overdue = People.create(practitioner, "Olive");
        String dueSoon = People.create(practitioner, "Pearl");
        String reviewed = People.create(practitioner, "Queenie");
        String shortTerm = People.create(practitioner, "Rita");
        CareAndSupport.start(practitioner, CareAndSupport.service(overdue, team, "Long term support: Community", "Home Support",
                "CASSR commissioned support", TestDates.today().minusMonths(13).toString(), "20.00", "Hourly", "5"));
        CareAndSupport.start(practitioner, CareAndSupport.service(dueSoon, team, "Long term support: Community", "Day Support",
                "CASSR commissioned support", TestDates.today().minusMonths(12).plusDays(10).toString(), "40.00", "Per session", "2"));
        CareAndSupport.start(practitioner, CareAndSupport.service(reviewed, team, "Long term support: Community", "Meals",
                "CASSR commissioned support", TestDates.today().minusMonths(14).toString(), "4.00", "Daily", "7"));
        CareAndSupport.start(practitioner, CareAndSupport.service(shortTerm, team, "Short term support: ST-Max", "Reablement",
                "CASSR commissioned support", TestDates.today().minusMonths(14).toString(), "150.00", "Weekly", null));

        Api.Response noOutcomes = practitioner.post("/api/v1/reviews", Map.of("personId", reviewed, "reason", "Planned",
                "method", "Service User Only", "reviewedOn", TestDates.today().minusMonths(1).toString()));
        assertThat(noOutcomes.errorFor("outcomesAchieved")).contains("planned review records whether the outcomes were achieved");
        Api.Response review = practitioner.post("/api/v1/reviews", Map.of("personId", reviewed, "reason", "Planned",
                "method", "Service User and Carer", "reviewedOn", TestDates.today().minusMonths(1).toString(), "outcomesAchieved", "Partially achieved",
                "whatChanged", "Meals now delivered at lunchtime"));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);

        List<JsonNode> due = list(practitioner.get("/api/v1/reviews/due?team=" + team).json());
        assertThat(due).extracting(d -> d.path("personId").asString()).containsExactly(overdue, dueSoon);
        assertThat(due.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(due.get(0).path("dueOn").asString()).isEqualTo(TestDates.today().minusMonths(1).toString());
        assertThat(due.get(1).path("overdue").asBoolean()).isFalse();
        assertThat(due.get(1).path("dueOn").asString()).isEqualTo(TestDates.today().plusDays(10).toString());

        List<JsonNode> monthAgo = list(practitioner.get("/api/v1/reviews/due?team=" + team + "&asOf=" + TestDates.today().minusMonths(1).minusDays(1)
                + "&within=0").json());
        assertThat(monthAgo).extracting(d -> d.path("personId").asString()).containsExactly(reviewed);

        Api other = staffIn(Set.of(newTeam("Elsewhere ")), Role.PRACTITIONER);
        assertThat(other.get("/api/v1/reviews/due?team=" + team).status()).isEqualTo(403);
        assertThat(list(other.get("/api/v1/reviews/due").json())).extracting(d -> d.path("personId").asString())
                .doesNotContain(overdue, dueSoon);
        assertThat(list(staffWith(Role.PERFORMANCE).get("/api/v1/reviews/due?team=" + team).json())).hasSize(2);
    }

    @Test
    void aReviewOfSomeoneWithNoServiceIsRefused() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Sybil");
        Api.Response refused = practitioner.post("/api/v1/reviews", Map.of("personId", person, "reason", "Unplanned - Carer related",
                "method", "Carer Only", "reviewedOn", TestDates.today().toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("personId")).contains("had no service on");
        Api.Response unknown = practitioner.post("/api/v1/reviews", Map.of("personId", person, "reason", "Because", "method", "Ouija",
                "reviewedOn", TestDates.today().plusDays(3).toString()));
        assertThat(unknown.errorFor("reason")).isNotNull();
        assertThat(unknown.errorFor("method")).isNotNull();
        assertThat(unknown.errorFor("reviewedOn")).contains("today or in the past");
    }

    @Test
    void aPackageIsOfferedInZoneOrderAndAcceptanceStartsTheServiceAtTheZoneRate() {
        Api brokerage = staffWith(Role.BROKERAGE);
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String primeA = CareAndSupport.location(brokerage, uniqueName("Prime A "), List.of("Home care"), 0);
        String primeB = CareAndSupport.location(brokerage, uniqueName("Prime B "), List.of("Home care"), 0);
        String supplementary = CareAndSupport.location(brokerage, uniqueName("Supp C "), List.of("Home care"), 0);
        String elsewhere = CareAndSupport.location(brokerage, uniqueName("Elsewhere D "), List.of("Home care"), 0);
        String home = CareAndSupport.location(brokerage, uniqueName("Care Home "), List.of("Residential care home"), 20);
        String zone = uniqueName("Wolds ");
        Api.Response notHomeCare = brokerage.post("/api/v1/brokerage/zones", Map.of("name", zone, "priceLevel", "RURAL",
                "primeProviders", List.of(home), "supplementaryProviders", List.of()));
        assertThat(notHomeCare.errorFor("primeProviders")).contains("does not offer home care");
        Api.Response defined = brokerage.post("/api/v1/brokerage/zones", Map.of("name", zone, "priceLevel", "RURAL",
                "primeProviders", List.of(primeA, primeB), "supplementaryProviders", List.of(supplementary)));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        // Rates are shared by every test: each test's dates are its own, and the one in force is the latest before the start.
        LocalDate rateFrom = TestDates.today().minusDays(400 + java.util.concurrent.ThreadLocalRandom.current().nextInt(300));
        assertThat(brokerage.post("/api/v1/brokerage/price-rates", Map.of("priceLevel", "RURAL", "effectiveFrom", rateFrom.toString(),
                "hourlyRate", "22.95")).status()).isEqualTo(201);
        String startOn = rateFrom.toString();

        Api.Response requested = practitioner.post("/api/v1/brokerage/requests", Map.of("personId", People.create(practitioner, "Tess"),
                "teamId", team, "zone", zone, "hoursPerWeek", "10.5", "neededBy", TestDates.today().plusDays(7).toString(),
                "requirements", "Female carers; morning call by 9am"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        JsonNode r = requested.json();
        assertThat(r.path("status").asString()).isEqualTo("OFFERED");
        assertThat(r.path("offers")).hasSize(1);
        assertThat(r.path("offers").get(0).path("locationId").asString()).isEqualTo(primeA);
        String path = "/api/v1/brokerage/requests/" + r.path("id").asString();

        assertThat(practitioner.post(path + "/offers/" + r.path("offers").get(0).path("id").asString() + "/decline",
                Map.of("reason", "x")).status()).isEqualTo(403);
        Api.Response noReason = brokerage.post(path + "/offers/" + r.path("offers").get(0).path("id").asString() + "/decline", Map.of());
        assertThat(noReason.errorFor("reason")).contains("why the provider declined");
        JsonNode declined = brokerage.post(path + "/offers/" + r.path("offers").get(0).path("id").asString() + "/decline",
                Map.of("reason", "No capacity in the area until January")).json();
        assertThat(declined.path("offers")).hasSize(2);
        assertThat(declined.path("offers").get(1).path("locationId").asString()).isEqualTo(primeB);

        Api.Response outside = brokerage.post(path + "/offers", Map.of("locationId", elsewhere));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.errorFor("locationId")).contains("not on the framework for " + zone);

        String offerB = declined.path("offers").get(1).path("id").asString();
        Api.Response accepted = brokerage.post(path + "/offers/" + offerB + "/accept", Map.of("startDate", TestDates.today().toString(),
                "clientFundingStatus", "Joint client and social care funded"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("SOURCED");
        JsonNode service = practitioner.get("/api/v1/services/" + accepted.json().path("serviceId").asString()).json();
        assertThat(service.path("unitCost").decimalValue()).isEqualByComparingTo("22.95");
        assertThat(service.path("weeklyCost").decimalValue()).isEqualByComparingTo("240.98");
        assertThat(service.path("locationId").asString()).isEqualTo(primeB);
        assertThat(service.path("serviceComponent").asString()).isEqualTo("Home Support");
        assertThat(list(PagedList.all(brokerage, "/api/v1/brokerage/requests"))).extracting(x -> x.path("id").asString())
                .doesNotContain(r.path("id").asString());
        JsonNode waits = practitioner.get("/api/v1/brokerage/waits").json();
        assertThat(waits.path("started").asLong()).as("the practitioner's team's one package").isEqualTo(1);
        assertThat(waits.path("longestDays").asInt()).isZero();
        assertThat(startOn).isNotNull();
    }

    @Test
    void whenEveryFrameworkProviderDeclinesThePackageIsUnsourced() {
        Api brokerage = staffWith(Role.BROKERAGE);
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String only = CareAndSupport.location(brokerage, uniqueName("Only One "), List.of("Home care"), 0);
        String zone = uniqueName("Isle ");
        brokerage.post("/api/v1/brokerage/zones", Map.of("name", zone, "priceLevel", "ISOLATED", "primeProviders", List.of(only)));
        JsonNode r = practitioner.post("/api/v1/brokerage/requests", Map.of("personId", People.create(practitioner, "Ursula"),
                "teamId", team, "zone", zone, "hoursPerWeek", "7", "neededBy", TestDates.today().toString())).json();
        JsonNode declined = brokerage.post("/api/v1/brokerage/requests/" + r.path("id").asString() + "/offers/"
                + r.path("offers").get(0).path("id").asString() + "/decline", Map.of("reason", "No staff on the island")).json();
        assertThat(declined.path("status").asString()).isEqualTo("UNSOURCED");
        assertThat(list(PagedList.all(brokerage, "/api/v1/brokerage/requests"))).extracting(x -> x.path("id").asString())
                .contains(r.path("id").asString());
        Api.Response bad = practitioner.post("/api/v1/brokerage/requests", Map.of("teamId", team, "zone", "Atlantis", "hoursPerWeek", "0",
                "neededBy", TestDates.today().minusDays(1).toString()));
        assertThat(bad.errorFor("personId")).isNotNull();
        assertThat(bad.errorFor("zone")).contains("zone");
        assertThat(bad.errorFor("hoursPerWeek")).contains("more than 0");
        assertThat(bad.errorFor("neededBy")).contains("today or later");
    }

    @Test
    void aDirectPaymentIsCheckedEightWeeksInThenEveryThreeMonths() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Vera");
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, "Long term support: Community",
                "Direct Payment", null, TestDates.today().minusMonths(5).toString(), "250.00", "Weekly", null));
        assertThat(service.path("deliveryMechanism").asString()).isEqualTo("Direct payment");
        Api.Response dp = practitioner.post("/api/v1/direct-payments", Map.of("personId", person, "serviceId", service.path("id").asString(),
                "agreementSignedOn", TestDates.today().minusMonths(5).minusDays(3).toString(), "amount", "1083.33", "period", "MONTHLY",
                "startsOn", TestDates.today().minusMonths(5).toString()));
        assertThat(dp.status()).as(dp.toString()).isEqualTo(201);
        assertThat(dp.json().path("nextCheckDueOn").asString()).isEqualTo(TestDates.today().minusMonths(5).plusWeeks(8).toString());
        assertThat(dp.json().path("checkOverdue").asBoolean()).isTrue();
        assertThat(dp.json().path("weeklyAmount").decimalValue()).isEqualByComparingTo("250.00");
        LocalDate checked = TestDates.today().minusMonths(2);
        JsonNode after = practitioner.post("/api/v1/direct-payments/" + dp.json().path("id").asString() + "/checks",
                Map.of("doneOn", checked.toString(), "outcome", "SURPLUS_TO_RECOVER", "notes", "£1,200 unspent")).json();
        assertThat(after.path("nextCheckDueOn").asString()).isEqualTo(checked.plusMonths(3).toString());
        assertThat(after.path("checks")).hasSize(2);
        Api.Response bad = practitioner.post("/api/v1/direct-payments", Map.of("personId", person, "agreementSignedOn", TestDates.today().toString(),
                "amount", "0", "period", "DAILY", "startsOn", TestDates.today().minusDays(1).toString()));
        assertThat(bad.errorFor("amount")).contains("more than zero");
        assertThat(bad.errorFor("period")).isNotNull();
        assertThat(bad.errorFor("startsOn")).contains("on or after the agreement");
    }

    @Test
    void aDischargeMeasuresDaysFromTheHubDecisionAndFollowsReablementFor91Days() {
        long team = newTeam("Hospital ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Winifred");
        Api.Response referred = practitioner.post("/api/v1/discharges", Map.of("personId", person, "teamId", team,
                "hospital", "Anytown General", "ward", "Ward 7", "referredOn", TestDates.today().minusDays(120).toString(), "pathway", 1,
                "dischargeToAssess", true));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String path = "/api/v1/discharges/" + referred.json().path("id").asString();
        Api.Response early = practitioner.post(path + "/progress", Map.of("version", 0, "hubDecisionOn", TestDates.today().minusDays(118).toString(),
                "dischargedOn", TestDates.today().minusDays(80).toString(), "reablement", true, "status91Day", "At home"));
        assertThat(early.errorFor("status91Day")).contains("record it then");
        Api.Response before = practitioner.post(path + "/progress", Map.of("version", 0, "hubDecisionOn", TestDates.today().minusDays(121).toString()));
        assertThat(before.errorFor("hubDecisionOn")).contains("between the referral");
        JsonNode done = practitioner.post(path + "/progress", Map.of("version", 0, "hubDecisionOn", TestDates.today().minusDays(118).toString(),
                "dischargedOn", TestDates.today().minusDays(115).toString(), "reablement", true)).json();
        assertThat(done.path("daysDecisionToDischarge").asLong()).isEqualTo(3);
        assertThat(done.path("reviewAt91DaysOn").asString()).isEqualTo(TestDates.today().minusDays(115).plusDays(91).toString());
        JsonNode followed = practitioner.post(path + "/progress", Map.of("version", done.path("version").asInt(),
                "hubDecisionOn", TestDates.today().minusDays(118).toString(), "dischargedOn", TestDates.today().minusDays(115).toString(), "reablement", true,
                "status91Day", "At home")).json();
        assertThat(followed.path("status91Day").asString()).isEqualTo("At home");
        assertThat(practitioner.post(path + "/progress", Map.of("version", 0)).status()).isEqualTo(409);
        Api.Response bad = practitioner.post("/api/v1/discharges", Map.of("personId", person, "teamId", team, "pathway", 5));
        assertThat(bad.errorFor("hospital")).isNotNull();
        assertThat(bad.errorFor("ward")).isNotNull();
        assertThat(bad.errorFor("referredOn")).isNotNull();
        assertThat(bad.errorFor("pathway")).contains("0 to 3");
    }

    /** The items of a page, or of {@link PagedList#all}. */
    private static List<JsonNode> list(JsonNode list) {
        List<JsonNode> items = new java.util.ArrayList<>();
        (list.isArray() ? list : list.path("items")).forEach(items::add);
        return items;
    }
}
