package org.openasc.platform;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/** The API refuses what it does not understand, and reads a moment with an offset as the UK time it was. */
class ApiContractTest extends IntegrationTest {

    @Test
    void aMomentWithAnOffsetIsKeptAsTheUkTimeItWasSoAClockStartsOnTheRightDay() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        String person = People.create(practitioner, "Abara");
        Map<String, Object> concern = new HashMap<>(Map.of("personId", person, "receivedAt", "2026-05-22T23:30:00Z", "source", "Care provider",
                "location", "Home", "whatHappened", "Bruising", "immediateRisk", "None known", "actionTaken", "GP told"));
        Api.Response raised = practitioner.post("/api/v1/safeguarding/concerns", concern);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.json().path("receivedOn").asString()).as("23:30 UTC on 22 May is 00:30 on 23 May in the UK").isEqualTo("2026-05-23");
        concern.put("receivedAt", "2026-05-22T23:30:00");
        assertThat(practitioner.post("/api/v1/safeguarding/concerns", concern).json().path("receivedOn").asString())
                .as("without an offset it is UK time").isEqualTo("2026-05-22");
        concern.put("receivedAt", "the 22nd");
        assertThat(practitioner.post("/api/v1/safeguarding/concerns", concern).errorFor("receivedAt")).isNotBlank();
    }

    @Test
    void anUnknownFieldOrANumberWhereTextIsExpectedIsRefusedNamingTheField() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api.Response misspelt = practitioner.raw("POST", "/api/v1/people", "application/json",
                "{\"givenName\":\"Ada\",\"familyNmae\":\"Lovelace\",\"dateOfBirth\":\"1940-12-10\"}");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.errorFor("familyNmae")).contains("no field called familyNmae");
        Api.Response number = practitioner.raw("POST", "/api/v1/people", "application/json",
                "{\"givenName\":123,\"familyName\":\"Lovelace\",\"dateOfBirth\":\"1940-12-10\"}");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.errorFor("givenName")).contains("wrong form");
    }

    @Test
    void aChangeWithoutItsVersionIsBadInputNotAConflict() {
        Api manager = staffWith(Role.TEAM_MANAGER);
        Map<String, Object> body = new HashMap<>(Map.of("reference", "V" + uniqueName("").substring(0, 6).toUpperCase(), "register", "Strategic",
                "title", "Provider failure", "description", "A home closes", "category", "Market", "owners", "Director", "appetite", "CAUTIOUS",
                "gross", Map.of("impact", 5, "likelihood", 5), "net", Map.of("impact", 4, "likelihood", 4), "target", Map.of("impact", 3, "likelihood", 2)));
        body.put("reviewDueOn", "2027-03-01");
        Api.Response created = manager.post("/api/v1/risks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String risk = created.json().path("id").asString();
        Api.Response review = manager.post("/api/v1/risks/" + risk + "/reviews", Map.of("reviewedOn", "2026-11-01", "gross", Map.of("impact", 5, "likelihood", 5),
                "net", Map.of("impact", 4, "likelihood", 4), "target", Map.of("impact", 3, "likelihood", 2), "nextReviewOn", "2027-02-01"));
        assertThat(review.status()).as(review.toString()).isEqualTo(400);
        assertThat(review.errorFor("version")).contains("Send the version");
    }
}
