package org.openasc.providers;

import java.time.LocalDate;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.testing.MeasureAssertions.assertDeclared;
import static org.openasc.testing.MeasureAssertions.assertDrillDown;
import static org.openasc.testing.MeasureAssertions.assertFigure;
import static org.openasc.testing.MeasureAssertions.assertOffersNothingFor;
import static org.openasc.testing.MeasureAssertions.source;

/**
 * Care homes rated good or outstanding at the ends of December 2021 to March 2022 against five locations counted by
 * hand, every rating dated from May 2021. A rating stands until the next one, so homes rated by other tests stay in
 * the count after their dates (ProviderApiTest rates three in 2018-19, and checks its own dates exactly): each
 * figure is these homes' counts added to the record's as it stood before they were added. No test rates a home
 * before May 2018, so at the end of 2017 nobody is rated.
 *
 * <pre>
 * location  offers                 CQC ratings
 * H1        residential care home  Good 2021-06-01, Requires improvement 2022-02-01
 * H2        nursing home           Outstanding 2022-01-31
 * H3        residential care home  Inadequate 2021-11-15, Good 2022-03-10
 * H4        residential care home  never rated: out of the denominator
 * H5        home care only         Good 2021-05-01: not a care home
 *
 * on            rated homes (latest rating)        rated  good or outstanding
 * 31 Dec 2021   H1 Good, H3 Inadequate             2      1   50.0%
 * 31 Jan 2022   + H2 Outstanding                   3      2   66.7%
 * 28 Feb 2022   H1 now Requires improvement        3      1   33.3%
 * 31 Mar 2022   H3 now Good                        3      2   66.7%
 * 31 Dec 2017   nobody                             0      0   no value
 * </pre>
 * H2's rating published on 31 January counts that day; H1's new rating on 1 February does not count in January.
 */
class ProviderMeasuresTest extends IntegrationTest {

    @Autowired
    private List<MeasureFigures> measures;

    @Test
    void theMeasureIsDeclaredAsTheFrameworkNamesIt() {
        assertDeclared(measures, "CARE-HOMES-GOOD", "Care market", Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertThat(source(measures, "CARE-HOMES-GOOD").definitions().get(0).denominator()).contains("not yet rated are left out");
        assertOffersNothingFor(source(measures, "CARE-HOMES-GOOD"), "LTS-REVIEWED");
    }

    @Test
    void theMeasureMatchesTheRecordCountedByHand() {
        List<String> ends = List.of("2021-12-31", "2022-01-31", "2022-02-28", "2022-03-31");
        Map<String, MeasureFigures.Figure> before = new java.util.HashMap<>();
        ends.forEach(end -> before.put(end, source(measures, "CARE-HOMES-GOOD").figure("CARE-HOMES-GOOD", LocalDate.parse(end)).orElseThrow()));

        Api brokerage = staffWith(Role.BROKERAGE);
        String h1 = CareAndSupport.location(brokerage, uniqueName("Holly House "), List.of("Residential care home"), 30);
        String h2 = CareAndSupport.location(brokerage, uniqueName("Hazel Nursing "), List.of("Nursing home"), 45);
        String h3 = CareAndSupport.location(brokerage, uniqueName("Heather Lodge "), List.of("Residential care home"), 25);
        String h4 = CareAndSupport.location(brokerage, uniqueName("Hornbeam Court "), List.of("Residential care home"), 20);
        String h5 = CareAndSupport.location(brokerage, uniqueName("Home Helpers "), List.of("Home care"), 0);
        rate(brokerage, h1, "Good", "2021-06-01");
        rate(brokerage, h1, "Requires improvement", "2022-02-01");
        rate(brokerage, h2, "Outstanding", "2022-01-31");
        rate(brokerage, h3, "Inadequate", "2021-11-15");
        rate(brokerage, h3, "Good", "2022-03-10");
        rate(brokerage, h5, "Good", "2021-05-01");

        assertAdded(before, "2021-12-31", 1, 2, "50.0");
        assertAdded(before, "2022-01-31", 2, 3, "66.7");
        assertAdded(before, "2022-02-28", 1, 3, "33.3");
        assertAdded(before, "2022-03-31", 2, 3, "66.7");
        assertFigure(measures, "CARE-HOMES-GOOD", "2017-12-31", null, 0, 0L);

        // The market summary on the date, the page the figure links to, shows the same homes.
        JsonNode market = brokerage.get("/api/v1/providers/summary?asOf=2022-01-31").json();
        MeasureFigures.Figure january = source(measures, "CARE-HOMES-GOOD").figure("CARE-HOMES-GOOD", LocalDate.parse("2022-01-31")).orElseThrow();
        assertThat(market.path("ratedHomes").asLong()).isEqualTo(january.denominator().longValue());
        assertThat(market.path("goodOrOutstandingHomes").asLong()).isEqualTo(january.numerator().longValue());
        String good = "/providers/market/homes?figure=good-or-outstanding&asOf=2022-02-28";
        String rated = "/providers/market/homes?figure=rated&asOf=2022-02-28";
        assertDrillDown(measures, "CARE-HOMES-GOOD", "2022-02-28", good, rated);

        // Each link lists exactly the homes counted: on 28 February H1 (now Requires improvement), H2 and H3 are rated, only H2
        // good or outstanding; other tests' homes are in both lists, as in both counts.
        Api performance = staffWith(Role.PERFORMANCE);
        MeasureFigures.Figure february = source(measures, "CARE-HOMES-GOOD").figure("CARE-HOMES-GOOD", LocalDate.parse("2022-02-28")).orElseThrow();
        Map<String, String> ratedHomes = homes(performance, rated);
        Map<String, String> goodHomes = homes(performance, good);
        assertThat(ratedHomes).hasSize(february.denominator().intValue()).containsEntry(h1, "Requires improvement").containsEntry(h2, "Outstanding")
                .containsEntry(h3, "Inadequate").doesNotContainKeys(h4, h5);
        assertThat(goodHomes).hasSize(february.numerator().intValue()).containsEntry(h2, "Outstanding").doesNotContainKeys(h1, h3, h4, h5);
        assertThat(staffWith(Role.COUNCILLOR).get(api(rated)).status()).isEqualTo(403);
    }

    private static String api(String page) {
        return page.replace("/providers/market/homes", "/api/v1/providers/summary/homes");
    }

    private static Map<String, String> homes(Api api, String page) {
        Api.Response listed = api.get(api(page));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        Map<String, String> homes = new java.util.HashMap<>();
        listed.json().path("homes").forEach(h -> homes.put(h.path("id").asString(), h.path("rating").asString()));
        return homes;
    }

    /** These homes' counts added to what the record held before them; alone, exactly the table. */
    private void assertAdded(Map<String, MeasureFigures.Figure> before, String end, long good, long rated, String alone) {
        long numerator = before.get(end).numerator().longValue() + good;
        long denominator = before.get(end).denominator().longValue() + rated;
        String value = before.get(end).denominator().signum() == 0 ? alone : MeasureFigures.Figure.share(numerator, denominator).value().toPlainString();
        assertFigure(measures, "CARE-HOMES-GOOD", end, value, numerator, denominator);
    }

    private static void rate(Api brokerage, String location, String rating, String on) {
        Api.Response rated = brokerage.post("/api/v1/providers/" + location + "/ratings", Map.of("rating", rating, "ratedOn", on));
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
    }
}
