package org.openasc.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;
import org.openasc.testing.TestDates;

import static org.assertj.core.api.Assertions.assertThat;

/** Complaints and other feedback over the API: clocks, what is refused, and who may see a complaint. */
class FeedbackApiTest extends IntegrationTest {

    private Map<String, Object> complaint(String person, Long team) {
        Map<String, Object> body = new HashMap<>(Map.of("receivedOn", TestDates.today().minusDays(2).toString(), "howReceived", "Email",
                "complainant", "Mr B Example", "serviceArea", "Adult Social Care", "theme", "Lack of Action", "elements", "Nobody returned my calls"));
        if (person != null) {
            body.put("personId", person);
        }
        if (team != null) {
            body.put("teamId", team);
        }
        return body;
    }

    @Test
    void aComplaintHasItsClocksAndEachStepIsRefusedWhenItCannotHappen() {
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        JsonNode c = officer.post("/api/v1/feedback/complaints", complaint(null, null)).json();
        assertThat(c.path("acknowledgementDueOn").asString()).isEqualTo(new FeedbackClocks(org.openasc.platform.calendar.WorkingDayCalendar.englandAndWales())
                .acknowledgementDue(TestDates.today().minusDays(2)).toString());
        assertThat(c.path("responseDueOn").asString()).isNotBlank();
        assertThat(c.path("sixMonthLimitOn").asString()).isEqualTo(TestDates.today().minusDays(2).plusMonths(6).toString());
        String path = "/api/v1/feedback/complaints/" + c.path("id").asString();

        JsonNode acknowledged = officer.post(path + "/acknowledge", Map.of("version", 0)).json();
        assertThat(acknowledged.path("acknowledgedOn").asString()).isEqualTo(TestDates.today().toString());
        Api.Response noReason = officer.post(path + "/extend", Map.of("version", acknowledged.path("version").asInt(),
                "agreedResponseDue", TestDates.today().plusDays(40).toString()));
        assertThat(noReason.errorFor("reason")).contains("why more time is needed");
        Api.Response tooLate = officer.post(path + "/extend", Map.of("version", acknowledged.path("version").asInt(),
                "agreedResponseDue", TestDates.today().plusMonths(7).toString(), "reason", "Complex"));
        assertThat(tooLate.errorFor("agreedResponseDue")).contains("6-month limit");
        Api.Response early = officer.post(path + "/respond", Map.of("version", acknowledged.path("version").asInt(),
                "respondedOn", TestDates.today().minusDays(5).toString(), "outcome", "UPHELD", "signedBy", "Director"));
        assertThat(early.errorFor("respondedOn")).contains("cannot come before the complaint was received");
        JsonNode withdrawn = officer.post(path + "/withdraw", Map.of("version", acknowledged.path("version").asInt(), "reason", "Resolved informally")).json();
        assertThat(withdrawn.path("withdrawnOn").asString()).isEqualTo(TestDates.today().toString());
        Api.Response afterWithdrawal = officer.post(path + "/respond", Map.of("version", withdrawn.path("version").asInt(),
                "respondedOn", TestDates.today().toString(), "outcome", "UPHELD", "signedBy", "Director"));
        assertThat(afterWithdrawal.errorFor("complaint")).contains("withdrawn").contains("cannot be changed");
        assertThat(officer.post(path + "/acknowledge", Map.of("version", 0)).status()).isEqualTo(400);
    }

    @Test
    void badFeedbackIsRefusedFieldByFieldAndNothingIsSaved() {
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        Map<String, Object> bad = complaint(null, null);
        bad.put("theme", "Parking");
        bad.put("serviceArea", "Parks");
        bad.put("representative", true);
        bad.put("receivedOn", TestDates.today().plusDays(1).toString());
        Api.Response refused = officer.post("/api/v1/feedback/complaints", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("theme")).contains("main theme");
        assertThat(refused.errorFor("serviceArea")).contains("service area");
        assertThat(refused.errorFor("consentRecorded")).contains("consent");
        assertThat(refused.errorFor("receivedOn")).contains("today or in the past");
        Api.Response compliment = officer.post("/api/v1/feedback/compliments", Map.of("receivedOn", TestDates.today().toString(), "serviceArea", "Adult Social Care",
                "summary", "Thanks"));
        assertThat(compliment.errorFor("aboveAndBeyond")).contains("above and beyond");
        Api.Response member = officer.post("/api/v1/feedback/member-enquiries", Map.of("memberType", "MEP", "receivedOn", TestDates.today().toString(),
                "serviceArea", "Adult Social Care", "summary", "Why?"));
        assertThat(member.errorFor("memberType")).isNotNull();
        assertThat(member.errorFor("memberName")).isNotNull();
        assertThat(member.errorFor("category")).isNotNull();
        JsonNode mp = officer.post("/api/v1/feedback/member-enquiries", Map.of("memberType", "MP", "memberName", "Ann Member MP",
                "category", "Review of outcome", "receivedOn", TestDates.today().minusDays(1).toString(), "serviceArea", "Adult Social Care",
                "summary", "Constituent disputes the charge")).json();
        assertThat(mp.path("dueOn").asString()).isEqualTo(new FeedbackClocks(org.openasc.platform.calendar.WorkingDayCalendar.englandAndWales())
                .memberEnquiryDue(TestDates.today().minusDays(1)).toString());
        Api.Response ombudsman = officer.post("/api/v1/feedback/ombudsman-contacts", Map.of("receivedOn", TestDates.today().toString(),
                "serviceArea", "Adult Social Care", "summary", "LGSCO enquiry", "outcome", "FAULT_INJUSTICE"));
        assertThat(ombudsman.errorFor("caseReference")).isNotNull();
        assertThat(ombudsman.errorFor("remedy")).contains("remedy");
        Api.Response foi = officer.post("/api/v1/feedback/foi-requests", Map.of("receivedOn", TestDates.today().toString(), "serviceArea", "Adult Social Care",
                "summary", "Spend", "exemptions", List.of("s99 Because")));
        assertThat(foi.errorFor("exemptions")).isNotNull();
    }

    @Test
    void aComplaintIsSeenByCustomerRelationsAndManagersOfTheTeamConcernedOnly() {
        long team = newTeam("Locality ");
        Api officer = staffWith(Role.CUSTOMER_RELATIONS);
        String person = People.create(staffWith(Role.PRACTITIONER), "Winnie");
        JsonNode c = officer.post("/api/v1/feedback/complaints", complaint(person, team)).json();
        String path = "/api/v1/feedback/complaints/" + c.path("id").asString();
        assertThat(staffIn(Set.of(team), Role.TEAM_MANAGER).get(path).status()).isEqualTo(200);
        assertThat(staffIn(Set.of(newTeam("Other ")), Role.TEAM_MANAGER).get(path).status()).isEqualTo(403);
        assertThat(staffWith(Role.PRACTITIONER).get(path).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).get(path).status()).isEqualTo(403);
        assertThat(staffIn(Set.of(team), Role.TEAM_MANAGER).post(path + "/acknowledge", Map.of("version", 0)).status()).isEqualTo(403);
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1/feedback/annual-report?financialYear=2025").status()).isEqualTo(200);
        assertThat(staffWith(Role.PRACTITIONER).get("/api/v1/feedback/annual-report?financialYear=2025").status()).isEqualTo(403);
        long refused = jdbc.sql("select count(*) from platform.audit_event where subject_id = :id and action = 'REFUSED'")
                .param("id", c.path("id").asString()).query(Long.class).single();
        assertThat(refused).isEqualTo(1);
    }
}
