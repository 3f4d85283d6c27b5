package org.openasc.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** Services with their dated terms, plans with personal budgets, and what is refused. */
class ServiceAndPlanApiTest extends IntegrationTest {
    static final String COMMUNITY = "Long term support: Community";

    @Test
    void aPriceChangeIsNewTermsFromADateAndTheServiceGoesOnWithItsWeeklyCost() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Hilda");
        JsonNode service = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, "Home Support",
                "CASSR commissioned support", TestDates.today().minusMonths(6).toString(), "21.50", "Hourly", "10.5"));
        assertThat(service.path("weeklyCost").decimalValue()).isEqualByComparingTo("225.75");
        assertThat(service.path("longTerm").asBoolean()).isTrue();

        String path = "/api/v1/services/" + service.path("id").asString();
        Api.Response changed = practitioner.post(path + "/changes", Map.of("version", service.path("version").asInt(),
                "effectiveFrom", TestDates.today().minusMonths(1).toString(), "unitCost", "22.00", "costFrequency", "Hourly", "plannedUnitsPerWeek", "12",
                "reason", "Annual uplift and two more hours"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        assertThat(changed.json().path("weeklyCost").decimalValue()).isEqualByComparingTo("264.00");
        assertThat(changed.json().path("terms")).hasSize(2);
        assertThat(changed.json().path("startDate").asString()).isEqualTo(TestDates.today().minusMonths(6).toString());
        JsonNode support = practitioner.get("/api/v1/people/" + person + "/support").json();
        assertThat(support.path("services")).hasSize(1);

        Api.Response stale = practitioner.post(path + "/changes", Map.of("version", service.path("version").asInt(),
                "effectiveFrom", TestDates.today().toString(), "unitCost", "23.00", "costFrequency", "Hourly", "plannedUnitsPerWeek", "12", "reason", "x"));
        assertThat(stale.status()).isEqualTo(409);

        int version = changed.json().path("version").asInt();
        Api.Response early = practitioner.post(path + "/end", Map.of("version", version, "endDate", TestDates.today().minusMonths(7).toString(),
                "outcome", "NFA: Support ended as planned"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFor("endDate")).contains("cannot end before it starts");
        Api.Response ended = practitioner.post(path + "/end", Map.of("version", version, "endDate", TestDates.today().toString(),
                "outcome", "NFA: Support ended as planned"));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().path("endOutcome").asString()).isEqualTo("NFA: Support ended as planned");
        assertThat(practitioner.post(path + "/end", Map.of("version", ended.json().path("version").asInt(), "endDate", TestDates.today().toString(),
                "outcome", "NFA: Support ended as planned")).errorFor("endDate")).contains("already ended");
    }

    @Test
    void everyCostFrequencyGivesAWeeklyCost() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Ivy");
        Map<String, String> expected = Map.of("Weekly", "700.00", "Monthly", "161.54", "Annual", "13.46", "4-weekly", "175.00");
        Map<String, String> costs = Map.of("Weekly", "700.00", "Monthly", "700.00", "Annual", "700.00", "4-weekly", "700.00");
        for (String frequency : expected.keySet()) {
            JsonNode s = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, "Day Support",
                    "CASSR commissioned support", TestDates.today().toString(), costs.get(frequency), frequency, null));
            assertThat(s.path("weeklyCost").decimalValue()).as(frequency).isEqualByComparingTo(expected.get(frequency));
            assertThat(s.has("plannedUnitsPerWeek")).as(frequency).isFalse();
        }
        Api.Response noUnits = practitioner.post("/api/v1/services", CareAndSupport.service(person, team, COMMUNITY, "Day Support",
                "CASSR commissioned support", TestDates.today().toString(), "45.00", "Per session", null));
        assertThat(noUnits.errorFor("plannedUnitsPerWeek")).contains("planned per session units a week");
    }

    @Test
    void badServicesAreRefusedFieldByFieldAndNothingIsSaved() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api brokerage = staffWith(Role.BROKERAGE);
        String person = People.create(practitioner, "Jean");

        Map<String, Object> bad = CareAndSupport.service(person, team, COMMUNITY, "Long Term Nursing Care", "Cash in hand",
                TestDates.today().toString(), "-5", "Fortnightly-ish", null);
        bad.put("clientFundingStatus", "Lottery");
        Api.Response refused = practitioner.post("/api/v1/services", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.errorFor("serviceComponent")).contains("is not a component of Long term support: Community");
        assertThat(refused.errorFor("deliveryMechanism")).contains("CLD list");
        assertThat(refused.errorFor("unitCost")).contains("zero or more");
        assertThat(refused.errorFor("costFrequency")).contains("Select what the unit cost is for");
        assertThat(refused.errorFor("clientFundingStatus")).contains("funding status");

        Api.Response pence = practitioner.post("/api/v1/services", CareAndSupport.service(person, team, COMMUNITY, "Home Support",
                null, TestDates.today().toString(), "21.505", "Hourly", "10"));
        assertThat(pence.errorFor("unitCost")).contains("2 decimal places");

        String home = CareAndSupport.location(brokerage, uniqueName("Cedar Court "), List.of("Residential care home"), 30);
        assertThat(brokerage.post("/api/v1/providers/" + home + "/suspensions", Map.of("startDate", TestDates.today().minusDays(10).toString(),
                "reason", "Inadequate rating")).status()).isEqualTo(201);
        Map<String, Object> placement = CareAndSupport.service(person, team, "Long term support: Residential care", "Long Term Residential Care",
                "CASSR commissioned support", TestDates.today().toString(), "812.00", "Weekly", null);
        placement.put("locationId", home);
        Api.Response suspended = practitioner.post("/api/v1/services", placement);
        assertThat(suspended.errorFor("suspensionOverride")).contains("is suspended for new placements");
        Map<String, Object> noHome = new HashMap<>(placement);
        noHome.remove("locationId");
        assertThat(practitioner.post("/api/v1/services", noHome).errorFor("locationId")).contains("Choose the care home");
        assertThat(practitioner.get("/api/v1/people/" + person + "/support").json().path("services")).isEmpty();

        placement.put("suspensionOverride", "Only home able to meet bariatric needs; agreed by head of service");
        JsonNode placed = CareAndSupport.start(practitioner, placement);
        assertThat(placed.path("suspensionOverride").asString()).startsWith("Only home");
        assertThat(placed.path("cqcLocationId").asString()).startsWith("1-");
        assertThat(placed.path("weeklyCost").decimalValue()).isEqualByComparingTo("812.00");
    }

    @Test
    void aPlanMeetsAuthorisedEligibleNeedsAndAnotherManagerSignsItOff() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Kath");
        Map<String, Object> plan = new HashMap<>(Map.of("personId", person, "teamId", team, "startsOn", TestDates.today().toString(),
                "budgetAmount", "15600", "budgetPeriod", "ANNUAL", "deliveryMechanism", "Direct payment",
                "outcomes", List.of(Map.of("wanted", "I want to get to chapel on Sundays", "howMet", "Personal assistant 3 hours on Sunday mornings"))));
        Api.Response noAssessment = practitioner.post("/api/v1/support-plans", plan);
        assertThat(noAssessment.errorFor("assessmentId")).contains("Choose the needs assessment");

        plan.put("assessmentId", CareAndSupport.eligibleAssessment(practitioner, manager, person, TestDates.today().toString()));
        Api.Response written = manager.post("/api/v1/support-plans", plan);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.json().path("weeklyBudget").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(written.json().path("outcomes").get(0).path("wanted").asString()).isEqualTo("I want to get to chapel on Sundays");

        String path = "/api/v1/support-plans/" + written.json().path("id").asString();
        int version = written.json().path("version").asInt();
        assertThat(practitioner.post(path + "/sign-off", Map.of("version", version)).status()).isEqualTo(403);
        assertThat(manager.post(path + "/sign-off", Map.of("version", version)).errorFor("plan")).contains("other than the one who wrote it");
        Api.Response signed = staffIn(Set.of(team), Role.TEAM_MANAGER).post(path + "/sign-off", Map.of("version", version));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().path("signedOffOn").asString()).isEqualTo(TestDates.today().toString());
    }

    @Test
    void aPlanForNeedsThatAreNotEligibleIsRefused() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api manager = staffIn(Set.of(team), Role.TEAM_MANAGER);
        String person = People.create(practitioner, "Lena");
        JsonNode a = practitioner.post("/api/v1/assessments", Map.of("personId", person, "assessmentType", "Long term assessment",
                "method", "Face to face", "startedOn", TestDates.today().toString())).json();
        Api.Response refused = practitioner.post("/api/v1/support-plans", Map.of("personId", person, "assessmentId", a.path("id").asString(),
                "teamId", team, "startsOn", TestDates.today().toString(), "budgetAmount", "-1", "budgetPeriod", "FORTNIGHTLY", "deliveryMechanism", "Cash",
                "outcomes", List.of()));
        assertThat(refused.errorFor("assessmentId")).contains("found eligible needs and been authorised");
        assertThat(refused.errorFor("budgetAmount")).contains("zero or more");
        assertThat(refused.errorFor("budgetPeriod")).contains("Select the period");
        assertThat(refused.errorFor("deliveryMechanism")).contains("how the budget is taken");
        assertThat(refused.errorFor("outcomes[0].wanted")).contains("at least one outcome");
        assertThat(manager.get("/api/v1/people/" + person + "/support").json().path("plans")).isEmpty();
    }

    @Test
    void aRequestFromSomeoneInLongTermSupportIsFromAnExistingClient() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Mabel");
        CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, "Home Support", "CASSR commissioned support",
                TestDates.today().minusMonths(2).toString(), "20.00", "Hourly", "7"));
        Api.Response request = practitioner.post("/api/v1/requests", Map.of("personId", person, "clientType", "Service user",
                "routeOfAccess", "Community/Other route", "receivedOn", TestDates.today().toString(), "summary", "Wants more help at teatime"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        assertThat(request.json().path("existingClient").asBoolean()).isTrue();
    }

    @Test
    void onlyCaseRolesRecordServicesAndCouncillorsSeeNoPersonalData() {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Nora");
        JsonNode s = CareAndSupport.start(practitioner, CareAndSupport.service(person, team, COMMUNITY, "Meals", "CASSR commissioned support",
                TestDates.today().toString(), "4.50", "Daily", "7"));
        assertThat(s.path("weeklyCost").decimalValue()).isEqualByComparingTo("31.50");
        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get("/api/v1/services/" + s.path("id").asString()).status()).isEqualTo(403);
        assertThat(councillor.get("/api/v1/people/" + person + "/support").status()).isEqualTo(403);
        assertThat(staffWith(Role.FINANCE).post("/api/v1/services", Map.of()).status()).isEqualTo(403);
        assertThat(staffWith(Role.ADMIN).post("/api/v1/support-plans", Map.of()).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/services/" + s.path("id").asString()).status()).isEqualTo(401);
        assertThat(staffWith(Role.FINANCE).get("/api/v1/services/" + s.path("id").asString()).status()).isEqualTo(200);
        long viewed = jdbc.sql("select count(*) from platform.audit_event where subject_type = 'service' and subject_id = :id and action = 'VIEWED'")
                .param("id", s.path("id").asString()).query(Long.class).single();
        assertThat(viewed).isEqualTo(1);
    }
}
