package org.openasc.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.PagedList;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** Risks scored, rated by the bands, reviewed with movement computed, and what is refused. */
class RiskApiTest extends IntegrationTest {

    static Map<String, Object> risk(String reference, int[] gross, int[] net, int[] target) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", reference);
        body.put("register", "Strategic");
        body.put("title", "Not enough home care in rural areas");
        body.put("description", "Packages wait for weeks in the rural zones");
        body.put("category", "Market");
        body.put("owners", "Director of Adult Social Care");
        body.put("appetite", "CAUTIOUS");
        body.put("controls", "Rural rate uplift; weekly brokerage calls");
        body.put("gross", Map.of("impact", gross[0], "likelihood", gross[1]));
        body.put("net", Map.of("impact", net[0], "likelihood", net[1]));
        body.put("target", Map.of("impact", target[0], "likelihood", target[1]));
        body.put("reviewDueOn", TestDates.today().plusMonths(3).toString());
        body.put("actions", List.of(Map.of("action", "Recruit rural carers with the college", "owner", "Head of Commissioning",
                "dueOn", TestDates.today().plusMonths(2).toString(), "status", "IN_PROGRESS", "progress", "First cohort starts in January")));
        return body;
    }

    static Map<String, Object> review(int version, String on, int[] net, String next) {
        return Map.of("version", version, "reviewedOn", on, "gross", Map.of("impact", 5, "likelihood", 5), "net", Map.of("impact", net[0], "likelihood", net[1]),
                "target", Map.of("impact", 3, "likelihood", 2), "notes", "Quarterly review", "nextReviewOn", next);
    }

    @Test
    void scoresRatingsAndMovementComeFromTheRecord() {
        Api manager = staffWith(Role.TEAM_MANAGER);
        String ref = "T" + uniqueName("").substring(0, 6).toUpperCase();
        Api.Response created = manager.post("/api/v1/risks", risk(ref, new int[] {5, 5}, new int[] {4, 4}, new int[] {3, 2}));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode r = created.json();
        assertThat(r.path("grossScore").asInt()).isEqualTo(25);
        assertThat(r.path("netScore").asInt()).isEqualTo(16);
        assertThat(r.path("targetScore").asInt()).isEqualTo(6);
        assertThat(r.path("rating").asString()).isEqualTo("VERY_HIGH");
        assertThat(r.path("targetRating").asString()).isEqualTo("MEDIUM");
        assertThat(r.path("movement").asString()).isEqualTo("NEW");
        String path = "/api/v1/risks/" + r.path("id").asString();

        JsonNode first = manager.post(path + "/reviews", review(r.path("version").asInt(), TestDates.today().minusMonths(3).toString(), new int[] {4, 4},
                TestDates.today().toString())).json();
        assertThat(first.path("movement").asString()).as("the first review compares with the net score entered, 16").isEqualTo("NO_CHANGE");
        assertThat(first.path("enteredNetScore").asInt()).isEqualTo(16);
        JsonNode second = manager.post(path + "/reviews", review(first.path("version").asInt(), TestDates.today().toString(), new int[] {4, 3},
                TestDates.today().plusMonths(3).toString())).json();
        assertThat(second.path("netScore").asInt()).isEqualTo(12);
        assertThat(second.path("rating").asString()).isEqualTo("HIGH");
        assertThat(second.path("movement").asString()).isEqualTo("IMPROVING");
        assertThat(second.path("reviews")).hasSize(2);
        assertThat(second.path("reviews").get(1).path("netScore").asInt()).isEqualTo(16);
        JsonNode third = manager.post(path + "/reviews", review(second.path("version").asInt(), TestDates.today().toString(), new int[] {5, 4},
                TestDates.today().plusMonths(3).toString())).json();
        assertThat(third.path("movement").asString()).isEqualTo("WORSENING");
        assertThat(manager.post(path + "/reviews", review(second.path("version").asInt(), TestDates.today().toString(), new int[] {1, 1},
                TestDates.today().plusMonths(3).toString())).status()).as("a stale version").isEqualTo(409);

        String worse = "W" + uniqueName("").substring(0, 6).toUpperCase();
        JsonNode entered = manager.post("/api/v1/risks", risk(worse, new int[] {5, 5}, new int[] {5, 3}, new int[] {3, 2})).json();
        JsonNode firstReview = manager.post("/api/v1/risks/" + entered.path("id").asString() + "/reviews", review(entered.path("version").asInt(),
                TestDates.today().toString(), new int[] {5, 4}, TestDates.today().plusMonths(3).toString())).json();
        assertThat(firstReview.path("movement").asString()).as("entered at net 15, reviewed at 20").isEqualTo("WORSENING");

        assertThat(PagedList.all(staffWith(Role.COUNCILLOR), "/api/v1/risks?register=Strategic&rating=VERY_HIGH").toString()).contains(ref);
        assertThat(PagedList.all(staffWith(Role.COUNCILLOR), "/api/v1/risks?rating=LOW").toString()).doesNotContain(ref);
        assertThat(staffWith(Role.COUNCILLOR).post("/api/v1/risks", risk("X1", new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1})).status()).isEqualTo(403);
        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/risks").status()).isEqualTo(403);
    }

    @Test
    void badScoresAreRefusedAndATargetWorseThanTheNetScoreIsAWarning() {
        Api performance = staffWith(Role.PERFORMANCE);
        Map<String, Object> bad = risk("", new int[] {6, 0}, new int[] {3, 3}, new int[] {2, 2});
        bad.put("appetite", "RECKLESS");
        bad.put("register", "Imaginary");
        Api.Response refused = performance.post("/api/v1/risks", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("gross")).contains("from 1 to 5");
        assertThat(refused.errorFor("reference")).isNotNull();
        assertThat(refused.errorFor("appetite")).isNotNull();
        assertThat(refused.errorFor("register")).isNotNull();
        String ref = "W" + uniqueName("").substring(0, 6).toUpperCase();
        Api.Response warned = performance.post("/api/v1/risks", risk(ref, new int[] {3, 3}, new int[] {2, 2}, new int[] {3, 2}));
        assertThat(warned.status()).isEqualTo(201);
        assertThat(warned.json().path("warnings").get(0).asString()).contains("target score (6) is worse than the net score (4)");
        assertThat(performance.post("/api/v1/risks", risk(ref, new int[] {3, 3}, new int[] {2, 2}, new int[] {1, 1})).errorFor("reference"))
                .contains("already used");
    }

    @Test
    void aRiskShowsTheCurrentValueOfItsLiveSignals() {
        Api manager = staffWith(Role.TEAM_MANAGER);
        assertThat(manager.get("/api/v1/risks/signals").body()).contains("providers.suspended").contains("frontdoor.waiting")
                .contains("liberty.dols-waiting").contains("finance.variance");
        String ref = "S" + uniqueName("").substring(0, 6).toUpperCase();
        Map<String, Object> body = risk(ref, new int[] {4, 4}, new int[] {4, 3}, new int[] {2, 2});
        body.put("signals", List.of("providers.suspended", "no.such.signal"));
        assertThat(manager.post("/api/v1/risks", body).errorFor("signals")).contains("no live signal no.such.signal");
        body.put("signals", List.of("providers.suspended"));
        String id = manager.post("/api/v1/risks", body).json().path("id").asString();
        long before = suspendedToday();
        assertThat(manager.get("/api/v1/risks/" + id).json().path("signals").get(0).path("value").asString())
                .isEqualTo(before + (before == 1 ? " location" : " locations"));

        Api brokerage = staffWith(Role.BROKERAGE);
        String home = org.openasc.testing.CareAndSupport.location(brokerage, uniqueName("Signal House "), List.of("Residential care home"), 20);
        assertThat(brokerage.post("/api/v1/providers/" + home + "/suspensions", Map.of("startDate", TestDates.today().minusDays(3).toString(),
                "reason", "Inadequate rating")).status()).isEqualTo(201);
        assertThat(manager.get("/api/v1/risks/" + id).json().path("signals").get(0).path("value").asString())
                .as("one more suspension shows at once").isEqualTo((before + 1) + (before + 1 == 1 ? " location" : " locations"));
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/risks/" + id).json().path("signals").get(0).path("label").asString())
                .isEqualTo("Provider locations with new placements suspended");
    }

    @Test
    void aMeasureSignalReadsWhatTheDashboardShows() {
        Api manager = staffWith(Role.TEAM_MANAGER);
        Map<String, Object> body = risk("M" + uniqueName("").substring(0, 6).toUpperCase(), new int[] {4, 4}, new int[] {4, 3}, new int[] {2, 2});
        body.put("signals", List.of("support.older-in-care-homes", "support.reviewed-in-year"));
        JsonNode signals = manager.get("/api/v1/risks/" + manager.post("/api/v1/risks", body).json().path("id").asString()).json().path("signals");
        JsonNode dashboard = staffWith(Role.PERFORMANCE).get("/api/v1/support/summary").json();
        assertThat(signals.get(0).path("value").asString()).isEqualTo(String.format("%,d people", dashboard.path("olderPeopleInCareHomes").asLong()));
        JsonNode reviewed = dashboard.path("reviewedInYear");
        assertThat(signals.get(1).path("value").asString()).isEqualTo(reviewed.path("percent").isNull() || reviewed.path("percent").isMissingNode()
                ? "Nobody counted yet" : reviewed.path("percent").decimalValue().toPlainString() + "% ("
                + String.format("%,d of %,d", reviewed.path("numerator").asLong(), reviewed.path("denominator").asLong()) + ")");
    }

    private long suspendedToday() {
        return jdbc.sql("select count(distinct location_id) from providers.contract_status where status = 'SUSPENDED' and start_date <= :d"
                + " and (end_date is null or end_date > :d)").param("d", TestDates.today()).query(Long.class).single();
    }
}
