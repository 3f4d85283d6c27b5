package org.openasc.providers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register and the market summary against homes counted by hand. Ratings and the suspension are
 * dated in 2018-19, a period no other test writes to, so the rated homes and suspensions on those dates
 * are exactly these; homes and beds are checked as the change this test makes.
 */
class ProviderApiTest extends IntegrationTest {

    static String cqcId() {
        return "1-" + (100_000_000L + ThreadLocalRandom.current().nextLong(899_999_999L));
    }

    static Map<String, Object> location(String name, List<String> services, int beds) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerName", "Anytown Care Ltd");
        body.put("cqcProviderId", cqcId());
        body.put("cqcLocationId", cqcId());
        body.put("name", name);
        body.put("address", "1 High Street, Anytown");
        body.put("postcode", "le1 7rh");
        body.put("services", services);
        body.put("registeredBeds", beds);
        body.put("zone", "Anytown Central");
        return body;
    }

    private String add(Api brokerage, Map<String, Object> body) {
        Api.Response created = brokerage.post("/api/v1/providers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private void rate(Api brokerage, String id, String rating, String on) {
        Api.Response rated = brokerage.post("/api/v1/providers/" + id + "/ratings", Map.of("rating", rating, "ratedOn", on));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
    }

    @Test
    void theMarketSummaryCountsHomesBedsRatingsAndSuspensionsOnADate() {
        Api brokerage = staffWith(Role.BROKERAGE);
        JsonNode before = brokerage.get("/api/v1/providers/summary?asOf=2019-06-30").json();

        String a = add(brokerage, location(uniqueName("Oak House "), List.of("Residential care home"), 40));
        String b = add(brokerage, location(uniqueName("Elm Nursing "), List.of("Nursing home", "Residential care home"), 60));
        String c = add(brokerage, location(uniqueName("Ash Lodge "), List.of("Residential care home"), 30));
        String d = add(brokerage, location(uniqueName("Home Help "), List.of("Home care"), 0));
        rate(brokerage, a, "Good", "2019-01-10");
        rate(brokerage, a, "Requires improvement", "2019-08-01");
        rate(brokerage, b, "Outstanding", "2018-05-01");
        rate(brokerage, c, "Inadequate", "2019-03-01");
        rate(brokerage, d, "Good", "2019-02-01");
        Api.Response suspended = brokerage.post("/api/v1/providers/" + c + "/suspensions", Map.of("startDate", "2019-04-01",
                "endDate", "2019-10-01", "reason", "Inadequate rating and safeguarding concerns", "latestUpdate", "Action plan agreed"));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(201);

        JsonNode june = brokerage.get("/api/v1/providers/summary?asOf=2019-06-30").json();
        assertThat(june.path("homes").asLong() - before.path("homes").asLong()).isEqualTo(3);
        assertThat(june.path("beds").asLong() - before.path("beds").asLong()).isEqualTo(130);
        assertThat(june.path("ratedHomes").asLong()).isEqualTo(3);
        assertThat(june.path("goodOrOutstandingHomes").asLong()).isEqualTo(2);
        assertThat(june.path("shareGoodOrOutstanding").asDouble()).isEqualTo(66.7);
        assertThat(june.path("homesByRating").path("Inadequate").asLong()).isEqualTo(1);
        assertThat(june.path("locationsByStatus").path("SUSPENDED").asLong()).isEqualTo(1);
        assertThat(june.path("suspended")).hasSize(1);
        assertThat(june.path("suspended").get(0).path("locationId").asString()).isEqualTo(c);
        assertThat(june.path("suspended").get(0).path("startDate").asString()).isEqualTo("2019-04-01");
        assertThat(june.path("suspended").get(0).path("latestUpdate").asString()).isEqualTo("Action plan agreed");

        JsonNode september = brokerage.get("/api/v1/providers/summary?asOf=2019-09-01").json();
        assertThat(september.path("goodOrOutstandingHomes").asLong()).isEqualTo(1);
        assertThat(september.path("shareGoodOrOutstanding").asDouble()).isEqualTo(33.3);
        assertThat(brokerage.get("/api/v1/providers/summary?asOf=2019-10-01").json().path("suspended")).isEmpty();

        JsonNode shown = brokerage.get("/api/v1/providers/" + c).json();
        assertThat(shown.path("currentRating").asString()).isEqualTo("Inadequate");
        assertThat(shown.path("postcode").asString()).isEqualTo("LE1 7RH");
        assertThat(shown.path("statusHistory").get(0).path("label").asString()).isEqualTo("Suspension of new placements");
        assertThat(shown.path("contractStatus").asString()).isEqualTo("Active");
    }

    @Test
    void badEntriesAreRefusedPerFieldAndNothingIsSaved() {
        Api brokerage = staffWith(Role.BROKERAGE);
        Map<String, Object> bad = location("", List.of("Residential care home", "Spa"), -3);
        bad.put("cqcLocationId", "12345");
        bad.put("postcode", "NOT A CODE");
        Api.Response refused = brokerage.post("/api/v1/providers", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("name")).startsWith("Enter the name");
        assertThat(refused.errorFor("cqcLocationId")).contains("like 1-123456789");
        assertThat(refused.errorFor("postcode")).contains("real UK postcode");
        assertThat(refused.errorFor("services")).contains("services offered");
        assertThat(refused.errorFor("registeredBeds")).contains("from 0 to 2000");
        Api.Response noBeds = brokerage.post("/api/v1/providers", location("Beech House", List.of("Nursing home"), 0));
        assertThat(noBeds.errorFor("registeredBeds")).isEqualTo("A care home needs its number of registered beds");

        Map<String, Object> good = location(uniqueName("Birch Court "), List.of("Residential care home"), 20);
        String id = add(brokerage, good);
        Api.Response duplicate = brokerage.post("/api/v1/providers", location("Birch Again", List.of("Home care"), 0));
        assertThat(duplicate.status()).isEqualTo(201);
        Map<String, Object> sameCqc = location("Birch Copy", List.of("Home care"), 0);
        sameCqc.put("cqcLocationId", good.get("cqcLocationId"));
        assertThat(brokerage.post("/api/v1/providers", sameCqc).errorFor("cqcLocationId")).contains("already on the register");

        String path = "/api/v1/providers/" + id;
        Api.Response badRating = brokerage.post(path + "/ratings", Map.of("rating", "Excellent", "ratedOn", "2099-01-01"));
        assertThat(badRating.errorFor("rating")).startsWith("Select the CQC rating");
        assertThat(badRating.errorFor("ratedOn")).contains("today or in the past");
        Api.Response backwards = brokerage.post(path + "/suspensions", Map.of("startDate", "2020-05-01", "endDate", "2020-04-01", "reason", "x"));
        assertThat(backwards.errorFor("endDate")).contains("after the start date");
        assertThat(brokerage.post(path + "/suspensions", Map.of("startDate", "2020-05-01", "reason", "Fire safety")).status()).isEqualTo(201);
        Api.Response overlapping = brokerage.post(path + "/suspensions", Map.of("startDate", "2021-01-01", "reason", "Again"));
        assertThat(overlapping.errorFor("startDate")).contains("already recorded");
        JsonNode now = brokerage.get(path).json();
        assertThat(now.path("ratings")).isEmpty();
        assertThat(now.path("statusHistory")).hasSize(1);
        assertThat(now.path("contractStatus").asString()).isEqualTo("Suspension of new placements");
    }

    @Test
    void aQualityVisitKeepsItsActionPlanAndOverdueActionsShow() {
        Api brokerage = staffWith(Role.BROKERAGE);
        String id = add(brokerage, location(uniqueName("Cherry Tree "), List.of("Residential care home"), 25));
        String path = "/api/v1/providers/" + id + "/quality-visits";
        Api.Response bad = brokerage.post(path, Map.of("visitedOn", "2026-01-10", "findings", "",
                "actions", List.of(Map.of("action", "Update care plans", "dueOn", "2025-12-01"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFor("findings")).isEqualTo("Enter what the visit found");
        assertThat(bad.errorFor("actions[0].owner")).isEqualTo("Enter who owns action 1");
        assertThat(bad.errorFor("actions[0].dueOn")).isEqualTo("Action 1 cannot be due before the visit");

        Api.Response visited = brokerage.post(path, Map.of("visitedOn", "2026-01-10", "findings", "Medication records incomplete",
                "actions", List.of(Map.of("action", "Audit medication records weekly", "owner", "Registered manager", "dueOn", "2026-02-10"),
                        Map.of("action", "Staff refresher training", "owner", "Deputy manager", "dueOn", "2026-03-31"))));
        assertThat(visited.status()).as(visited.toString()).isEqualTo(201);
        JsonNode visit = visited.json().path("visits").get(0);
        assertThat(visit.path("actions")).hasSize(2);
        assertThat(visit.path("actions").get(0).path("overdue").asBoolean()).isTrue();
        String actionId = visit.path("actions").get(0).path("id").asString();
        String done = path + "/" + visit.path("id").asString() + "/actions/" + actionId + "/done";
        assertThat(brokerage.post(done, Map.of("doneOn", "2025-01-01")).errorFor("doneOn")).contains("between the visit");
        JsonNode after = brokerage.post(done, Map.of("doneOn", "2026-02-09")).json().path("visits").get(0).path("actions").get(0);
        assertThat(after.path("doneOn").asString()).isEqualTo("2026-02-09");
        assertThat(after.path("overdue").asBoolean()).isFalse();
        assertThat(brokerage.post(done, Map.of("doneOn", "2026-02-09")).status()).isEqualTo(400);
        assertThat(staffWith(Role.PRACTITIONER).post(path, Map.of()).status()).isEqualTo(403);
    }

    @Test
    void onlyBrokerageKeepsTheRegisterAndCouncillorsSeeTheSummaryOnly() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        assertThat(practitioner.post("/api/v1/providers", location("Yew Tree", List.of("Home care"), 0)).status()).isEqualTo(403);
        assertThat(practitioner.get("/api/v1/providers?q=a").status()).isEqualTo(200);
        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get("/api/v1/providers?q=a").status()).isEqualTo(403);
        assertThat(councillor.get("/api/v1/providers/summary").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/providers/summary").status()).isEqualTo(401);
    }
}
