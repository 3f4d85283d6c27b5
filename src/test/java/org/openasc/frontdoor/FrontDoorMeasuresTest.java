package org.openasc.frontdoor;

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
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.testing.MeasureAssertions.assertDeclared;
import static org.openasc.testing.MeasureAssertions.assertDrillDown;
import static org.openasc.testing.MeasureAssertions.assertFigure;
import static org.openasc.testing.MeasureAssertions.assertOffersNothingFor;
import static org.openasc.testing.MeasureAssertions.source;

/**
 * The layers of need and the waiting list at the ends of April, May and June 2005 (and of March 2005, the year
 * before) against fourteen contacts counted by hand. No other test logs contacts or requests before 2023, and
 * every other request is received later, so on these dates these are the whole record. Layers are the
 * contacts' outcomes as now recorded, as on the dashboard: a request's contact takes its layer when it closes.
 *
 * <pre>
 * contact received (London)  outcome                      layer          request  received  closed
 * K0      31 Mar 2005 12:00  information and advice       prevent        -
 * K1       1 Apr 09:00       information and advice       prevent        -
 * K2      12 Apr             signposting                  prevent        -
 * K3      20 Apr             equipment                    reduce         -
 * K4      22 Apr             request for support          delay          R1       22 Apr    20 May, reablement
 * K5      28 Apr             safeguarding concern         (outside)      -
 * K6      30 Apr 23:30       request for support          meet           R2       30 Apr    30 Jun, support planning
 * K7       1 May 00:30       information and advice       prevent        -
 * K8      10 May             request for support          (pending)      R3       10 May    open
 * K9      31 May 15:00       request for support          reduce         R4       31 May     1 Jun, other council service
 * K10      2 Jun             request for support          (pending)      R5        2 Jun    open
 * K11      3 Jun             request for support          (pending)      R6        3 Jun    open
 * K12     15 Jun             equipment                    reduce         -
 * K13      1 Jul             request for support          (pending)      R7        1 Jul    open
 *
 * financial year to        contacts with a layer     prevent      reduce       delay        meet
 * 31 Mar 2005 (2004-05)    K0                  1     1 100.0%     0   0.0%     0   0.0%     0   0.0%
 * 30 Apr 2005              K1-K4 K6            5     2  40.0%     1  20.0%     1  20.0%     1  20.0%
 * 31 May 2005              + K7 K9             7     3  42.9%     2  28.6%     1  14.3%     1  14.3%
 * 30 Jun 2005              + K12               8     3  37.5%     3  37.5%     1  12.5%     1  12.5%
 * 30 Apr 2006 (2006-07)    none                0     no value for any layer
 *
 * waiting on    open requests (days waited)              WAITING-ASSESSMENT  WAITING-OVER-28-DAYS (28 days or more)
 * 30 Apr 2005   R1 (8) R2 (0)                            2                   0
 * 31 May 2005   R2 (31) R3 (21) R4 (0)                   3                   1
 * 30 Jun 2005   R3 (51) R5 (28) R6 (27)                  3                   2
 * </pre>
 * K6 at 23:30 on 30 April counts in April and K7 at 00:30 on 1 May does not; R7, received on 1 July, is not
 * waiting on 30 June. A request closed on the month end (R2) is not waiting that day, as the waiting list counts it.
 * Afterwards R3, R5, R6 and R7 are closed on 30 September as declined (prevent), so that no later waiting list counts
 * them: the year to 30 June then has 11 contacts with a layer, 6 of them prevent (54.5%), and 3 people still waited then.
 */
class FrontDoorMeasuresTest extends IntegrationTest {

    private static final List<String> LAYERS = List.of("LAYER-PREVENT", "LAYER-REDUCE", "LAYER-DELAY", "LAYER-MEET");

    @Autowired
    private List<MeasureFigures> measures;

    private Api frontDoor;

    @Test
    void theMeasuresAreDeclaredAsTheFrameworkNamesThem() {
        for (String layer : LAYERS) {
            assertDeclared(measures, layer, "Layers of need", Unit.PERCENTAGE, Polarity.WITHIN_BAND, PeriodBasis.YEAR_TO_DATE);
        }
        assertDeclared(measures, "WAITING-ASSESSMENT", "Front door", Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "WAITING-OVER-28-DAYS", "Front door", Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertOffersNothingFor(source(measures, "LAYER-MEET"), "LAYER-SAFEGUARDING");
        assertOffersNothingFor(source(measures, "LAYER-MEET"), "LTS-REVIEWED");
    }

    @Test
    void theMeasuresMatchTheRecordCountedByHand() {
        frontDoor = staffWith(Role.PRACTITIONER);
        contact("2005-03-31T12:00:00", "Information and advice", null);
        contact("2005-04-01T09:00:00", "Information and advice", null);
        contact("2005-04-12T10:00:00", "Signposting", null);
        contact("2005-04-20T11:00:00", "Equipment or technology-enabled care", null);
        String r1 = request("2005-04-22T10:00:00");
        contact("2005-04-28T10:00:00", "Safeguarding concern", People.create(frontDoor, "Kit"));
        String r2 = request("2005-04-30T23:30:00");
        contact("2005-05-01T00:30:00", "Information and advice", null);
        String r3 = request("2005-05-10T10:00:00");
        String r4 = request("2005-05-31T15:00:00");
        String r5 = request("2005-06-02T10:00:00");
        String r6 = request("2005-06-03T10:00:00");
        contact("2005-06-15T10:00:00", "Equipment or technology-enabled care", null);
        String r7 = request("2005-07-01T10:00:00");
        close(r1, "Progress to reablement/ST-Max", "2005-05-20");
        close(r2, "Progress to support planning or services", "2005-06-30");
        close(r4, "NFA: Referral to other service within the local authority", "2005-06-01");

        assertLayers("2005-03-31", 1, 1, 0, 0, 0);
        assertLayers("2005-04-30", 5, 2, 1, 1, 1);
        assertLayers("2005-05-31", 7, 3, 2, 1, 1);
        assertLayers("2005-06-30", 8, 3, 3, 1, 1);
        assertFigure(measures, "LAYER-PREVENT", "2005-03-31", "100.0", 1, 1L);
        assertFigure(measures, "LAYER-REDUCE", "2005-03-31", "0.0", 0, 1L);
        assertFigure(measures, "LAYER-PREVENT", "2005-04-30", "40.0", 2, 5L);
        assertFigure(measures, "LAYER-MEET", "2005-04-30", "20.0", 1, 5L);
        assertFigure(measures, "LAYER-PREVENT", "2005-05-31", "42.9", 3, 7L);
        assertFigure(measures, "LAYER-REDUCE", "2005-05-31", "28.6", 2, 7L);
        assertFigure(measures, "LAYER-DELAY", "2005-05-31", "14.3", 1, 7L);
        assertFigure(measures, "LAYER-REDUCE", "2005-06-30", "37.5", 3, 8L);
        assertFigure(measures, "LAYER-MEET", "2005-06-30", "12.5", 1, 8L);
        for (String layer : LAYERS) {
            assertFigure(measures, layer, "2006-04-30", null, 0, 0L);
        }

        assertFigure(measures, "WAITING-ASSESSMENT", "2005-04-30", "2", 2, null);
        assertFigure(measures, "WAITING-OVER-28-DAYS", "2005-04-30", "0", 0, null);
        assertFigure(measures, "WAITING-ASSESSMENT", "2005-05-31", "3", 3, null);
        assertFigure(measures, "WAITING-OVER-28-DAYS", "2005-05-31", "1", 1, null);
        assertFigure(measures, "WAITING-ASSESSMENT", "2005-06-30", "3", 3, null);
        assertFigure(measures, "WAITING-OVER-28-DAYS", "2005-06-30", "2", 2, null);

        // The measures equal the waiting list as its page shows it on each date.
        Api performance = staffWith(Role.PERFORMANCE);
        JsonNode june = performance.get("/api/v1/waiting-list/summary?asOf=2005-06-30").json();
        assertThat(june.path("total").asLong()).isEqualTo(3);
        assertThat(june.path("total").asLong() - june.path("byBand").path("UP_TO_4_WEEKS").asLong()).isEqualTo(2);

        assertDrillDown(measures, "LAYER-DELAY", "2005-05-31",
                "/frontdoor/dashboard/records?figure=CONTACTS_BY_LAYER&value=delay&from=2005-04-01&to=2005-05-31", null);
        assertDrillDown(measures, "WAITING-ASSESSMENT", "2005-06-30", "/waiting-list?asOf=2005-06-30", null);
        assertDrillDown(measures, "WAITING-OVER-28-DAYS", "2005-06-30", "/waiting-list?asOf=2005-06-30", null);
        assertThat(performance.get("/api/v1/frontdoor/summary/records?figure=CONTACTS_BY_LAYER&value=prevent&from=2005-04-01&to=2005-05-31")
                .json().path("total").asLong()).isEqualTo(3);

        // Closed later, the pending contacts take their layer in the months they came in; who was waiting then does not change.
        for (String request : List.of(r3, r5, r6, r7)) {
            close(request, "NFA: Support declined", "2005-09-30");
        }
        assertLayers("2005-06-30", 11, 6, 3, 1, 1);
        assertFigure(measures, "LAYER-PREVENT", "2005-06-30", "54.5", 6, 11L);
        assertFigure(measures, "WAITING-ASSESSMENT", "2005-06-30", "3", 3, null);
    }

    private void assertLayers(String end, long layered, long prevent, long reduce, long delay, long meet) {
        long[] counts = {prevent, reduce, delay, meet};
        for (int i = 0; i < LAYERS.size(); i++) {
            MeasureFigures.Figure f = source(measures, LAYERS.get(i)).figure(LAYERS.get(i), java.time.LocalDate.parse(end)).orElseThrow();
            assertThat(List.of(f.numerator().longValue(), f.denominator().longValue())).as(LAYERS.get(i) + " to " + end)
                    .containsExactly(counts[i], layered);
        }
    }

    private JsonNode contact(String at, String outcome, String personId) {
        Map<String, Object> body = new HashMap<>(Map.of("receivedAt", at, "channel", "Phone", "source", "The person themselves",
                "reason", "Hand-counted contact", "outcome", outcome));
        if (personId != null) {
            body.put("personId", personId);
            body.put("clientType", "Service user");
            body.put("routeOfAccess", "Community/Other route");
        } else if (outcome.startsWith("Equipment")) {
            body.put("unknownPerson", "Mrs Y, Station Road");
        } else if (outcome.equals("Signposting")) {
            body.put("signpostedTo", "Age UK lunch club");
        }
        Api.Response logged = frontDoor.post("/api/v1/contacts", body);
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        return logged.json();
    }

    private String request(String at) {
        return contact(at, "Request for support", People.create(frontDoor, "Lee")).path("requestId").asString();
    }

    private void close(String request, String outcome, String on) {
        String path = "/api/v1/requests/" + request;
        int version = frontDoor.get(path).json().path("version").asInt();
        Api.Response closed = frontDoor.post(path + "/close", Map.of("outcome", outcome, "closedOn", on, "version", version));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    }
}
