package org.openasc.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.people.PersonApiTest.person;

class RestrictedRecordAndRelationshipTest extends IntegrationTest {

    @Test
    void aRestrictedRecordOpensOnlyForNamedStaffAndRefusalsAreAudited() {
        Api manager = staffWith(Role.TEAM_MANAGER);
        Api named = staffWith(Role.PRACTITIONER);
        Api other = staffWith(Role.PRACTITIONER);
        String family = uniqueName("Sealed");
        JsonNode created = manager.post("/api/v1/people", person("Rita", family)).json();
        String path = "/api/v1/people/" + created.path("id").asString();

        Api.Response restricted = manager.put(path + "/restriction",
                Map.of("restricted", true, "allowedUsers", List.of(named.username()), "reason", "Works in the council", "version", 0));
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
        assertThat(restricted.json().path("restrictedTo")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(manager.username(), named.username());

        assertThat(named.get(path).status()).isEqualTo(200);
        Api.Response refused = other.get(path);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).contains("restricted record");

        JsonNode found = other.get("/api/v1/people?q=" + family).json().path("items").get(0);
        assertThat(found.path("restricted").asBoolean()).isTrue();
        assertThat(found.has("familyName")).isFalse();
        assertThat(found.has("dateOfBirth")).isFalse();

        JsonNode log = named.get(path + "/access-log").json().path("items");
        assertThat(log).anyMatch(e -> e.path("action").asString().equals("REFUSED") && e.path("actor").asString().equals(other.username()));
        assertThat(log).anyMatch(e -> e.path("action").asString().equals("RESTRICTED") && e.path("actor").asString().equals(manager.username()));
        assertThat(other.get(path + "/access-log").status()).isEqualTo(403);
    }

    @Test
    void onlyManagersAndSafeguardingMayRestrictAndUnknownStaffAreRefused() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api manager = staffWith(Role.TEAM_MANAGER);
        String path = practitioner.post("/api/v1/people", person("Una", uniqueName("Restrict"))).location();

        assertThat(practitioner.put(path + "/restriction", Map.of("restricted", true, "reason", "x", "version", 0)).status()).isEqualTo(403);
        Api.Response unknown = manager.put(path + "/restriction",
                Map.of("restricted", true, "allowedUsers", List.of("nobody-at-all"), "reason", "Family member is staff", "version", 0));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFor("allowedUsers")).contains("nobody-at-all");
        Api.Response noReason = manager.put(path + "/restriction", Map.of("restricted", true, "version", 0));
        assertThat(noReason.errorFor("reason")).isNotBlank();
        assertThat(practitioner.get(path).json().path("restricted").asBoolean()).isFalse();
    }

    @Test
    void theAccessLogShowsWhoViewedCreatedAndChangedTheRecord() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        Api colleague = staffWith(Role.SAFEGUARDING);
        Map<String, Object> body = person("Alma", uniqueName("Log"));
        String path = practitioner.post("/api/v1/people", body).location();
        colleague.get(path);
        body.put("version", 0);
        body.put("postcode", "M1 1AE");
        practitioner.put(path, body);

        JsonNode log = practitioner.get(path + "/access-log").json();
        assertThat(log.path("items")).extracting(e -> e.path("action").asString() + " " + e.path("actor").asString())
                .containsExactly("CHANGED " + practitioner.username(), "VIEWED " + colleague.username(), "CREATED " + practitioner.username());
        assertThat(log.path("items").get(0).path("detail").asString()).isEqualTo("Changed postcode");
    }

    @Test
    void anUnpaidCarerRelationshipReadsFromBothSides() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        JsonNode carer = practitioner.post("/api/v1/people", person("Carol", uniqueName("Carer"))).json();
        JsonNode cared = practitioner.post("/api/v1/people", person("Cyril", uniqueName("Cared"))).json();

        Api.Response added = practitioner.post("/api/v1/people/" + carer.path("id").asString() + "/relationships",
                Map.of("relatedPersonId", cared.path("personId").asString(), "relationshipType", "Unpaid carer of", "startDate", "2023-04-01"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("description").asString()).isEqualTo("Unpaid carer of");

        JsonNode fromCared = practitioner.get("/api/v1/people/" + cared.path("id").asString()).json().path("relationships").get(0);
        assertThat(fromCared.path("description").asString()).isEqualTo("Cared for by");
        assertThat(fromCared.path("otherPerson").path("id").asString()).isEqualTo(carer.path("id").asString());
        assertThat(fromCared.path("current").asBoolean()).isTrue();
    }

    @Test
    void aRelationshipNeedsARealPersonAKnownTypeAndSensibleDates() {
        Api practitioner = staffWith(Role.PRACTITIONER);
        JsonNode person = practitioner.post("/api/v1/people", person("Rel", uniqueName("Ation"))).json();
        String path = "/api/v1/people/" + person.path("id").asString() + "/relationships";

        Api.Response refused = practitioner.post(path, Map.of("relatedPersonId", "999999999", "relationshipType", "Best friend",
                "startDate", "2024-01-02", "endDate", "2024-01-01"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("relatedPersonId")).contains("999999999");
        assertThat(refused.errorFor("relationshipType")).isNotBlank();
        assertThat(refused.errorFor("endDate")).contains("after the start date");

        Api.Response self = practitioner.post(path, Map.of("relatedPersonId", person.path("personId").asString(), "relationshipType", "Other"));
        assertThat(self.errorFor("relatedPersonId")).contains("themselves");
        assertThat(practitioner.get("/api/v1/people/" + person.path("id").asString()).json().path("relationships")).isEmpty();
    }
}
