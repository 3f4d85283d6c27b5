package org.openasc.liberty;

import java.time.LocalDate;
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
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.testing.MeasureAssertions.assertDeclared;
import static org.openasc.testing.MeasureAssertions.assertDrillDown;
import static org.openasc.testing.MeasureAssertions.assertFigure;
import static org.openasc.testing.MeasureAssertions.assertOffersNothingFor;
import static org.openasc.testing.MeasureAssertions.source;

/**
 * The DoLS backlog and decisions within 21 days at the ends of April to August 2009, the first months of the
 * safeguards, against ten applications counted by hand. No other test records an application before 2016, and every
 * one here is signed off by July 2009, so these are the whole record on these dates and leave no later backlog.
 *
 * <pre>
 * application  received          signed off        outcome       days  standard, decided
 * A1           6 Apr             27 Apr            not granted   21    yes, in time (21 days is within)
 * A2           14 Apr            6 May             not granted   22    yes, late
 * A3           30 Apr            1 May             not granted   1     yes, in time
 * A4           11 May (urgent)   15 May            not granted   4     no: urgent
 * A5           18 May            29 May            withdrawn     11    no: withdrawn is not a decision
 * A6           20 May            9 Jun             granted       20    yes, in time
 * A7           26 May            30 Jun            not granted   35    yes, late
 * A8           1 Jun             5 Jun             not granted   4     yes, in time
 * A9           30 Jun            21 Jul            not granted   21    yes, in time
 * A10          1 Jul             10 Jul            not granted   9     yes, in time
 *
 * on             waiting (received, not yet signed off)   DOLS-WAITING   decided in the month, in time   DOLS-21-DAYS
 * 31 Mar 2009    none                                     0              none                            no value
 * 30 Apr 2009    A2 A3                                    2              A1                    1 of 1    100.0%
 * 31 May 2009    A6 A7                                    2              A2 A3                 1 of 2     50.0%
 * 30 Jun 2009    A9                                       1              A6 A7 A8              2 of 3     66.7%
 * 31 Jul 2009    none                                     0              A9 A10                2 of 2    100.0%
 * 31 Aug 2009    none                                     0              none                            no value
 * drill-down: waiting on 31 May A6 A7; decided in June A6 A7 A8, in time A6 A8
 * </pre>
 * A3 and A9, received on a month end, wait that day; A7, signed off on 30 June, no longer does; A10, received on 1 July,
 * is not waiting on 30 June. A3's sign-off on 1 May counts in May, not April.
 */
class DolsMeasuresTest extends IntegrationTest {

    @Autowired
    private List<MeasureFigures> measures;

    private Api dols;
    private String home;

    @Test
    void theMeasuresAreDeclaredAsTheFrameworkNamesThem() {
        assertDeclared(measures, "DOLS-WAITING", "Deprivation of Liberty Safeguards", Unit.COUNT, Polarity.LOWER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "DOLS-21-DAYS", "Deprivation of Liberty Safeguards", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.MONTH);
        assertOffersNothingFor(source(measures, "DOLS-WAITING"), "COMPLAINTS-IN-TIME");
    }

    @Test
    void theMeasuresMatchTheRecordCountedByHand() {
        dols = staffWith(Role.DOLS);
        home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Willow Grange "), List.of("Nursing home"), 40);
        long bia = assessor("Bea Measures ", "BEST_INTERESTS_ASSESSOR");
        long mh = assessor("Dr Measures ", "MENTAL_HEALTH_ASSESSOR");

        notGranted(apply("2009-04-06", false), "2009-04-27");
        notGranted(apply("2009-04-14", false), "2009-05-06");
        notGranted(apply("2009-04-30", false), "2009-05-01");
        notGranted(apply("2009-05-11", true), "2009-05-15");
        decide(apply("2009-05-18", false), Map.of("signedOffOn", "2009-05-29", "outcome", "WITHDRAWN", "reason", "Moved to a hospice"));
        JsonNode a6 = apply("2009-05-20", false);
        grant(a6, bia, mh, "2009-06-09");
        JsonNode a7 = apply("2009-05-26", false);
        notGranted(a7, "2009-06-30");
        JsonNode a8 = apply("2009-06-01", false);
        notGranted(a8, "2009-06-05");
        notGranted(apply("2009-06-30", false), "2009-07-21");
        notGranted(apply("2009-07-01", false), "2009-07-10");

        assertFigure(measures, "DOLS-WAITING", "2009-03-31", "0", 0, null);
        assertFigure(measures, "DOLS-WAITING", "2009-04-30", "2", 2, null);
        assertFigure(measures, "DOLS-WAITING", "2009-05-31", "2", 2, null);
        assertFigure(measures, "DOLS-WAITING", "2009-06-30", "1", 1, null);
        assertFigure(measures, "DOLS-WAITING", "2009-07-31", "0", 0, null);
        assertFigure(measures, "DOLS-21-DAYS", "2009-03-31", null, 0, 0L);
        assertFigure(measures, "DOLS-21-DAYS", "2009-04-30", "100.0", 1, 1L);
        assertFigure(measures, "DOLS-21-DAYS", "2009-05-31", "50.0", 1, 2L);
        assertFigure(measures, "DOLS-21-DAYS", "2009-06-30", "66.7", 2, 3L);
        assertFigure(measures, "DOLS-21-DAYS", "2009-07-31", "100.0", 2, 2L);
        assertFigure(measures, "DOLS-21-DAYS", "2009-08-31", null, 0, 0L);

        // The waiting count is the backlog's, date for date.
        JsonNode may = staffWith(Role.PERFORMANCE).get("/api/v1/dols/backlog?asOf=2009-05-31").json();
        assertThat(may.path("waiting").asLong()).isEqualTo(2);

        String waiting = "/dols/figures/records?figure=waiting&to=2009-05-31";
        String inTime = "/dols/figures/records?figure=decided-in-time&from=2009-06-01&to=2009-06-30";
        String decided = "/dols/figures/records?figure=decided&from=2009-06-01&to=2009-06-30";
        assertDrillDown(measures, "DOLS-WAITING", "2009-05-31", waiting, null);
        assertDrillDown(measures, "DOLS-21-DAYS", "2009-06-30", inTime, decided);

        // Each link lists exactly the applications counted: A6 A7 waiting on 31 May; A6 A7 A8 decided in June, A6 A8 in time.
        Api performance = staffWith(Role.PERFORMANCE);
        assertThat(ids(performance, waiting)).containsExactly(id(a6), id(a7));
        assertThat(ids(performance, decided)).containsExactly(id(a6), id(a7), id(a8));
        assertThat(ids(performance, inTime)).containsExactly(id(a6), id(a8));
        assertThat(ids(staffWith(Role.TEAM_MANAGER), inTime)).containsExactly(id(a6), id(a8));
        Api councillor = staffWith(Role.COUNCILLOR);
        assertThat(councillor.get(api(decided)).status()).isEqualTo(403);
        assertThat(councillor.get(api(waiting)).status()).isEqualTo(403);
    }

    private static String id(JsonNode application) {
        return application.path("id").asString();
    }

    private static String api(String page) {
        return "/api/v1" + page;
    }

    private static List<String> ids(Api api, String page) {
        Api.Response listed = api.get(api(page));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        listed.json().path("records").forEach(r -> ids.add(r.path("id").asString()));
        return ids;
    }

    private long assessor(String name, String qualification) {
        Api.Response added = dols.post("/api/v1/dols/assessors", Map.of("name", uniqueName(name), "qualification", qualification));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    private JsonNode apply(String received, boolean urgent) {
        Map<String, Object> body = new HashMap<>(Map.of("personId", People.create(dols, "Mona"), "locationId", home, "receivedOn", received,
                "urgent", urgent));
        if (urgent) {
            body.put("urgentGrantedOn", received);
        }
        Api.Response applied = dols.post("/api/v1/dols/applications", body);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        return applied.json();
    }

    private void notGranted(JsonNode application, String on) {
        decide(application, Map.of("signedOffOn", on, "outcome", "NOT_GRANTED", "reason", "Does not lack capacity about where to live"));
    }

    private void grant(JsonNode application, long bia, long mh, String on) {
        String path = "/api/v1/dols/applications/" + application.path("id").asString();
        JsonNode last = application;
        for (String requirement : List.of("AGE", "MENTAL_HEALTH", "MENTAL_CAPACITY", "NO_REFUSALS", "ELIGIBILITY", "BEST_INTERESTS")) {
            Api.Response done = dols.post(path + "/assessments", Map.of("requirement", requirement, "status", "SATISFIED",
                    "assessorId", requirement.equals("MENTAL_HEALTH") ? mh : bia, "assessedOn", on));
            assertThat(done.status()).as(done.toString()).isEqualTo(201);
            last = done.json();
        }
        decide(last, Map.of("signedOffOn", on, "outcome", "GRANTED", "authorisedFrom", on, "authorisedTo", LocalDate.parse(on).plusMonths(6).toString()));
    }

    private void decide(JsonNode application, Map<String, Object> decision) {
        Map<String, Object> body = new HashMap<>(decision);
        body.put("version", application.path("version").asInt());
        Api.Response decided = dols.post("/api/v1/dols/applications/" + application.path("id").asString() + "/decision", body);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }
}
