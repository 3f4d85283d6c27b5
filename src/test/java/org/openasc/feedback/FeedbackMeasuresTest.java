package org.openasc.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.platform.signals.MeasureFigures;
import org.openasc.platform.signals.MeasureFigures.PeriodBasis;
import org.openasc.platform.signals.MeasureFigures.Polarity;
import org.openasc.platform.signals.MeasureFigures.Unit;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.testing.MeasureAssertions.assertDeclared;
import static org.openasc.testing.MeasureAssertions.assertDrillDown;
import static org.openasc.testing.MeasureAssertions.assertFigure;
import static org.openasc.testing.MeasureAssertions.assertOffersNothingFor;
import static org.openasc.testing.MeasureAssertions.source;

/**
 * Complaints answered within timescale in the financial year 2022-23 to the ends of April, May and June 2022 (and in
 * 2021-22, to March) against eight complaints counted by hand. No other test records complaints between 2016 and 2025,
 * so in these years these are the whole record.
 *
 * <pre>
 * complaint  received     due (15 working days)  extended to  responded      within timescale
 * C1         Mon 7 Mar    Mon 28 Mar             -            Fri 1 Apr      no
 * C2         Mon 4 Apr    Wed 27 Apr (Easter)    -            Wed 27 Apr     yes, on the day
 * C3         Tue 5 Apr    Thu 28 Apr             Fri 13 May   Sat 30 Apr     yes, by the agreed date
 * C4         Mon 11 Apr   Thu 5 May (2 May)      -            Sun 1 May      yes
 * C5         Tue 3 May    Tue 24 May             Fri 10 Jun   Tue 14 Jun     no, even with the extension
 * C6         Mon 16 May   Wed 8 Jun (Jubilee)    -            Thu 9 Jun      no
 * C7         Mon 20 Jun   -                      -            withdrawn 25 Jun: not responded to
 * C8         Mon 27 Jun   -                      -            Fri 1 Jul      (July)
 *
 * year to         responded           within timescale
 * 31 Mar 2022     none (2021-22)      no value
 * 30 Apr 2022     C1 C2 C3      3     C2 C3         2   66.7%
 * 31 May 2022     + C4          4     + C4          3   75.0%
 * 30 Jun 2022     + C5 C6       6     C2 C3 C4      3   50.0%
 * drill-down to 30 June, by response date: C1 C2 C3 C4 C6 C5 responded, C2 C3 C4 within timescale
 * </pre>
 * C1 was received in 2021-22 and is counted in 2022-23, when it was answered. C3, answered on 30 April, counts in
 * April; C4, answered on 1 May, does not, nor C8 in June.
 */
class FeedbackMeasuresTest extends IntegrationTest {

    @Autowired
    private List<MeasureFigures> measures;

    private Api officer;

    @Test
    void theMeasureIsDeclaredAsTheFrameworkNamesIt() {
        assertDeclared(measures, "COMPLAINTS-IN-TIME", "Complaints", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.YEAR_TO_DATE);
        assertOffersNothingFor(source(measures, "COMPLAINTS-IN-TIME"), "CARE-HOMES-GOOD");
    }

    @Test
    void theMeasureMatchesTheRecordCountedByHand() {
        officer = staffWith(Role.CUSTOMER_RELATIONS);
        String c1 = complaint("2022-03-07");
        String c2 = complaint("2022-04-04");
        String c3 = complaint("2022-04-05");
        String c4 = complaint("2022-04-11");
        String c5 = complaint("2022-05-03");
        String c6 = complaint("2022-05-16");
        String c7 = complaint("2022-06-20");
        String c8 = complaint("2022-06-27");
        assertThat(dueOn(c2)).isEqualTo("2022-04-27");
        assertThat(dueOn(c6)).isEqualTo("2022-06-08");
        extend(c3, "2022-05-13", "2022-04-20");
        extend(c5, "2022-06-10", "2022-05-20");
        respond(c1, "2022-04-01");
        respond(c2, "2022-04-27");
        respond(c3, "2022-04-30");
        respond(c4, "2022-05-01");
        respond(c5, "2022-06-14");
        respond(c6, "2022-06-09");
        respond(c8, "2022-07-01");
        Api.Response withdrawn = officer.post("/api/v1/feedback/complaints/" + c7 + "/withdraw", Map.of("version", version(c7), "withdrawnOn", "2022-06-25",
                "reason", "Resolved informally"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

        assertFigure(measures, "COMPLAINTS-IN-TIME", "2022-03-31", null, 0, 0L);
        assertFigure(measures, "COMPLAINTS-IN-TIME", "2022-04-30", "66.7", 2, 3L);
        assertFigure(measures, "COMPLAINTS-IN-TIME", "2022-05-31", "75.0", 3, 4L);
        assertFigure(measures, "COMPLAINTS-IN-TIME", "2022-06-30", "50.0", 3, 6L);
        String inTime = "/feedback/figures/records?figure=responded-in-time&from=2022-04-01&to=2022-06-30";
        String responded = "/feedback/figures/records?figure=responded&from=2022-04-01&to=2022-06-30";
        assertDrillDown(measures, "COMPLAINTS-IN-TIME", "2022-06-30", inTime, responded);

        // Each link lists exactly the complaints counted; a manager sees only their teams' complaints, and these name no team.
        Api performance = staffWith(Role.PERFORMANCE);
        assertThat(ids(performance, responded)).containsExactly(c1, c2, c3, c4, c6, c5);
        assertThat(ids(performance, inTime)).containsExactly(c2, c3, c4);
        assertThat(ids(staffIn(java.util.Set.of(newTeam("Complaints ")), Role.TEAM_MANAGER), responded)).isEmpty();
        assertThat(staffWith(Role.COUNCILLOR).get("/api/v1" + responded).status()).isEqualTo(403);
    }

    private static List<String> ids(Api api, String page) {
        Api.Response listed = api.get("/api/v1" + page);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        listed.json().path("records").forEach(r -> ids.add(r.path("id").asString()));
        return ids;
    }

    private String complaint(String on) {
        Map<String, Object> body = new HashMap<>(Map.of("receivedOn", on, "howReceived", "Letter", "complainant", "Mr B Example",
                "serviceArea", "Adult Social Care", "theme", "Quality of Service", "elements", "Visits cut short"));
        Api.Response received = officer.post("/api/v1/feedback/complaints", body);
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        return received.json().path("id").asString();
    }

    private JsonNode open(String id) {
        return officer.get("/api/v1/feedback/complaints/" + id).json();
    }

    private int version(String id) {
        return open(id).path("version").asInt();
    }

    private String dueOn(String id) {
        return open(id).path("responseDueInForce").asString();
    }

    private void extend(String id, String to, String toldOn) {
        Api.Response extended = officer.post("/api/v1/feedback/complaints/" + id + "/extend", Map.of("version", version(id), "agreedResponseDue", to,
                "reason", "Waiting for the provider's records", "complainantToldOn", toldOn));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
    }

    private void respond(String id, String on) {
        Api.Response responded = officer.post("/api/v1/feedback/complaints/" + id + "/respond", Map.of("version", version(id), "respondedOn", on,
                "outcome", "PARTIALLY_UPHELD", "signedBy", "Director of Adult Services"));
        assertThat(responded.status()).as(responded.toString()).isEqualTo(200);
    }
}
