package org.openasc.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasc.testing.MeasureAssertions.assertDeclared;
import static org.openasc.testing.MeasureAssertions.assertDrillDown;
import static org.openasc.testing.MeasureAssertions.assertFigure;
import static org.openasc.testing.MeasureAssertions.assertOffersNothingFor;
import static org.openasc.testing.MeasureAssertions.source;

/**
 * ASCOF from Client Level Data for the 12 months to 31 March 2000 (1 April 1999 to 31 March 2000; 3D clients on
 * 31 March 2000) against a cohort of 18 people counted by hand. The figures count the whole record, and other tests'
 * services, requests, assessments and reviews are dated 2001 or later (some still open, so every later year carries
 * them), so this cohort is dated 1998 to 2000: these are whole figures. Every service here ends by 30 June 2000, after
 * the period (a file ending on 31 March 2000 does not yet know those ends), so none is open in another test's year.
 * No population is held for 1999 or before (the population test relies on that), so 2B and 2C have counts and no rate.
 *
 * <pre>
 * person born        reason         accommodation (settled?)   services (C = CASSR commissioned support, PB = managed budget)
 * A1     1940-02-01  personal care  -                          ST-Max 1999-05-01 to 06-10, NFA: Support ended as planned
 * A2     1935-06-01  personal care  - (imputed: at home, yes)  ST-Max 1999-07-02 to 08-12, Progress to support planning;
 *                                                             home support C 1999-08-13 to 2000-01-31
 * A3     1945-03-01  personal care  -                          day support C 1998-10-01 to 1999-03-15;
 *                                                             ST-Max 1999-05-20 to 06-30, NFA: Support ended as planned
 * A4     1950-07-01  personal care  -                          ST-Max 1999-09-03 to 09-21, Progress to assessment;
 *                                                             ST-Max 1999-09-26 to 10-19, NFA: Information and advice
 * B1     1931-01-01  personal care  - (imputed: care home, no) residential 1999-06-01
 * B2     1925-05-01  personal care  - (imputed: nursing, no)   residential 1998-06-10 to 1999-07-31; nursing 1999-08-01
 * B3     1961-05-01  personal care  - (imputed: nursing, no)   nursing 1999-10-01
 * D1     1950-01-01  personal care  owner occupier (yes)       Direct Payment 1999-04-15; day support C 1999-06-01
 * D2     1938-01-01  personal care  short-term guest (no)      home support C 1998-11-01
 * D3     1970-01-01  personal care  private tenant (yes)       day support PB 1999-05-01
 * L1     1980-01-01  learning dis.  - (imputed: supported, yes) supported living C 1999-04-01; Paid: less than 16 hours
 * L2     1975-03-01  learning dis.  temporary (no)             day support C 1998-09-01 to 1999-12-31; Not in paid employment
 * L3     1930-01-01  learning dis.  sheltered (yes)            home support C 1999-09-01; Paid: hours unknown (70: too old)
 * L4     1956-06-01  learning dis.  with family (yes)          day support PB 1999-02-01; employment not recorded
 * C1-C4  carers: C1 Direct Payment 1999-05-01 to 11-30; C2 professional support PB 1999-06-01; C3 other carer support C
 *        1999-07-01; C4 respite (support involving the person cared-for) C 1999-08-01 to 08-14
 * (services with no end above end on 30 June 2000)
 *
 * 12 months to 31 March 2000
 * 2A    episodes ending in the year of new clients: A1 (ended as planned: numerator), A2 (home support the next day:
 *       long-term, denominator only), A4 (two ST-Max rows 5 days apart make one episode, 3 Sep to 19 Oct, ending with
 *       information and advice: numerator); A3 had long-term support ending 66 days before: not new, not counted.
 *       2 / 3 = 66.7%
 * 2B    new admissions aged 18-64: B3 (38) = 1
 * 2C    new admissions aged 65+: B1 (68) = 1; B2's nursing home is a move (her residential placement ended the day
 *       before), not new
 * 2E    long-term support in the year: A2 B1 B2 B3 D1 D2 D3 L1 L2 L3 L4 = 11 (A3's ended before 1 April);
 *       settled: A2 (presumed at home) D1 D3 L1 (supported living) L3 L4 = 6; 6 / 11 = 54.5%
 *       (D2 has home support, but her recorded status, a short-term guest, comes before any imputation)
 * 2E LD 18-64 with learning disability: L1 L2 L4 = 3 (L3 is 70); settled L1 L4 = 2; 2 / 3 = 66.7%
 * 1E    the same 3; paid: L1 = 1; 1 / 3 = 33.3% (L4's unknown status stays in the denominator)
 * 3D    clients on 31 March 2000, by highest setting: B1 residential, B2 B3 nursing (not community); community: D1
 *       (direct payment beats her commissioned day support), D3 L4 (PB), D2 L1 L3 (commissioned) = 6;
 *       1a DP or PB: D1 D3 L4 = 3 / 6 = 50.0%; 2a DP: D1 = 1 / 6 = 16.7%
 * 3D    carers: C1 DP, C2 PB, C3 commissioned = 3 (C4's respite is support to the cared-for person: not direct to her);
 *       1b: C1 C2 = 2 / 3 = 66.7%; 2b: C1 = 1 / 3 = 33.3%
 *
 * 12 months to 31 March 1999
 * 2C    B2's first placement (10 June 1998, aged 73, nothing before) = 1; 2B 0; 2A: no episode ended, no value
 * 2E    A3 (presumed in the community: day support, no status), B2 (care home), D2 (guest), L2 (temporary), L4 (with
 *       family) = 5; settled L4 = 1; 1 / 5 = 20.0%. 2E LD: L2 L4 = 2, settled L4: 50.0%. 1E: L2 L4, paid none: 0.0%
 * 3D    on 31 March 1999: B2 residential; community D2 L2 (commissioned) L4 (PB) = 3; 1a L4 = 1 / 3 = 33.3%; 2a 0.0%
 * </pre>
 */
class CldMeasuresTest extends IntegrationTest {

    private static final String END = "2000-03-31";
    private static final String YEAR_BEFORE = "1999-03-31";
    /** Every service still open at the period end ends on this day, after it and before any other test's year. */
    private static final String LAST_DAY = "2000-06-30";
    private static final String ENDED = "NFA: Support ended as planned";
    private static final String ST_MAX = "Short term support: ST-Max";
    private static final String COMMUNITY = "Long term support: Community";
    private static final String TO_CARER = "Unpaid carer support: Direct to unpaid carer";
    private static final String GROUP = "ASCOF (from Client Level Data)";
    private static final String CARE = "Physical support: Personal care support";
    private static final String LD = "Learning disability support";
    private static final String CARER = "Social support: Support to unpaid carer";
    private static final String C = "CASSR commissioned support";
    private static final String PB = "CASSR managed personal budget";

    @Autowired
    private List<MeasureFigures> measures;

    @Test
    void theMeasuresAreDeclaredAsDhscNamesThem() {
        for (String reference : List.of("ASCOF 2A", "ASCOF 2E", "ASCOF 2E LD", "ASCOF 3D 1b", "ASCOF 3D 2b", "ASCOF 1E")) {
            assertDeclared(measures, reference, GROUP, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS);
        }
        assertDeclared(measures, "ASCOF 3D 1a", GROUP, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "ASCOF 3D 2a", GROUP, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, PeriodBasis.SNAPSHOT);
        assertDeclared(measures, "ASCOF 2B", GROUP, Unit.RATE_PER_100000, Polarity.LOWER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS);
        assertDeclared(measures, "ASCOF 2C", GROUP, Unit.RATE_PER_100000, Polarity.LOWER_IS_BETTER, PeriodBasis.ROLLING_12_MONTHS);
        assertThat(definition("ASCOF 2B").populationBand()).isEqualTo("18-64");
        assertThat(definition("ASCOF 2C").populationBand()).isEqualTo("65+");
        assertThat(definition("ASCOF 2A").name()).isEqualTo("The proportion of people who received short-term services during the year – who"
                + " previously were not receiving services – where no further request was made for ongoing support");
        assertOffersNothingFor(source(measures, "ASCOF 2E"), "LTS-HOME-18-64");

        // In the measure library, computed, as the modules' measures are declared at start.
        Api performance = staffWith(Role.PERFORMANCE);
        JsonNode library = performance.get("/api/v1/measures/ASCOF%202E%20LD").json();
        assertThat(List.of(library.path("source").asString(), library.path("group").asString(), library.path("unit").asString()))
                .containsExactly("COMPUTED", GROUP, "PERCENTAGE");
    }

    @Test
    void theMeasuresMatchACohortCountedByHand() {
        long team = newTeam("Ascof ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        Api brokerage = staffWith(Role.BROKERAGE);
        Api performance = staffWith(Role.PERFORMANCE);
        String residential = CareAndSupport.location(brokerage, uniqueName("Ash House "), List.of("Residential care home"), 30);
        String nursing = CareAndSupport.location(brokerage, uniqueName("Oak Nursing "), List.of("Nursing home"), 40);
        Cohort k = new Cohort(practitioner, team);

        JsonNode a1 = k.person("Abe", "1940-02-01", CARE, null, null);
        k.end(k.service(a1, ST_MAX, "Reablement", C, "1999-05-01"), "1999-06-10", "NFA: Support ended as planned");
        JsonNode a2 = k.person("Bea", "1935-06-01", CARE, null, null);
        k.end(k.service(a2, ST_MAX, "Reablement", C, "1999-07-02"), "1999-08-12", "Progress to support planning or services");
        k.end(k.service(a2, COMMUNITY, "Home Support", C, "1999-08-13"), "2000-01-31", "NFA: Support ended as planned");
        JsonNode a3 = k.person("Cy", "1945-03-01", CARE, null, null);
        k.end(k.service(a3, COMMUNITY, "Day Support", C, "1998-10-01"), "1999-03-15", "NFA: Support ended as planned");
        k.end(k.service(a3, ST_MAX, "Reablement", C, "1999-05-20"), "1999-06-30", "NFA: Support ended as planned");
        JsonNode a4 = k.person("Di", "1950-07-01", CARE, null, null);
        k.end(k.service(a4, ST_MAX, "Reablement", C, "1999-09-03"), "1999-09-21", "Progress to assessment, review or reassessment");
        JsonNode a4last = k.service(a4, ST_MAX, "Reablement", C, "1999-09-26");
        k.end(a4last, "1999-10-19", "NFA: Information and advice or signposting");

        JsonNode b1 = k.person("Eli", "1931-01-01", CARE, null, null);
        JsonNode b1home = k.placement(b1, "Long term support: Residential care", "Long Term Residential Care", residential, "1999-06-01");
        k.end(b1home, LAST_DAY, ENDED);
        JsonNode b2 = k.person("Flo", "1925-05-01", CARE, null, null);
        k.end(k.placement(b2, "Long term support: Residential care", "Long Term Residential Care", residential, "1998-06-10"), "1999-07-31",
                "NFA: Support ended for other reason");
        k.end(k.placement(b2, "Long term support: Nursing care", "Long Term Nursing Care", nursing, "1999-08-01"), LAST_DAY, ENDED);
        JsonNode b3 = k.person("Gus", "1961-05-01", CARE, null, null);
        k.end(k.placement(b3, "Long term support: Nursing care", "Long Term Nursing Care", nursing, "1999-10-01"), LAST_DAY, ENDED);

        JsonNode d1 = k.person("Hal", "1950-01-01", CARE, "Owner occupier or shared ownership scheme", null);
        k.end(k.service(d1, COMMUNITY, "Direct Payment", null, "1999-04-15"), LAST_DAY, ENDED);
        k.end(k.service(d1, COMMUNITY, "Day Support", C, "1999-06-01"), LAST_DAY, ENDED);
        JsonNode d2 = k.person("Ivy", "1938-01-01", CARE, "Staying with family or friends as a short term guest", null);
        k.end(k.service(d2, COMMUNITY, "Home Support", C, "1998-11-01"), LAST_DAY, ENDED);
        JsonNode d3 = k.person("Jo", "1970-01-01", CARE, "Tenant: Private landlord", null);
        k.end(k.service(d3, COMMUNITY, "Day Support", PB, "1999-05-01"), LAST_DAY, ENDED);

        JsonNode l1 = k.person("Kit", "1980-01-01", LD, null, "Paid: Less than 16 hours a week");
        k.end(k.service(l1, COMMUNITY, "Community Supported Living", C, "1999-04-01"), LAST_DAY, ENDED);
        JsonNode l2 = k.person("Lee", "1975-03-01", LD, "Placed in temporary accommodation by the council (inc. homelessness resettlement)",
                "Not in paid employment: Seeking work");
        k.end(k.service(l2, COMMUNITY, "Day Support", C, "1998-09-01"), "1999-12-31", ENDED);
        JsonNode l3 = k.person("Mo", "1930-01-01", LD, "Sheltered housing, extra care housing or other sheltered housing", "Paid: Hours per week unknown");
        k.end(k.service(l3, COMMUNITY, "Home Support", C, "1999-09-01"), LAST_DAY, ENDED);
        JsonNode l4 = k.person("Ned", "1956-06-01", LD, "Settled mainstream housing with family or friends", null);
        k.end(k.service(l4, COMMUNITY, "Day Support", PB, "1999-02-01"), LAST_DAY, ENDED);

        JsonNode c1 = k.person("Ola", "1960-01-01", CARER, null, null);
        k.end(k.service(c1, TO_CARER, "Direct Payment", null, "1999-05-01"), "1999-11-30", ENDED);
        k.end(k.service(k.person("Pip", "1955-01-01", CARER, null, null), TO_CARER, "Professional Support", PB, "1999-06-01"), LAST_DAY, ENDED);
        k.end(k.service(k.person("Quy", "1965-01-01", CARER, null, null), TO_CARER, "Other Carer Support", C, "1999-07-01"), LAST_DAY, ENDED);
        k.end(k.service(k.person("Rae", "1950-01-01", CARER, null, null), "Unpaid carer support: Support involving the person cared-for", "Carer Respite",
                C, "1999-08-01"), "1999-08-14", ENDED);

        assertFigure(measures, "ASCOF 2A", END, "66.7", 2, 3L);
        assertFigure(measures, "ASCOF 2B", END, "1", 1, null);
        assertFigure(measures, "ASCOF 2C", END, "1", 1, null);
        assertFigure(measures, "ASCOF 2E", END, "54.5", 6, 11L);
        assertFigure(measures, "ASCOF 2E LD", END, "66.7", 2, 3L);
        assertFigure(measures, "ASCOF 1E", END, "33.3", 1, 3L);
        assertFigure(measures, "ASCOF 3D 1a", END, "50.0", 3, 6L);
        assertFigure(measures, "ASCOF 3D 2a", END, "16.7", 1, 6L);
        assertFigure(measures, "ASCOF 3D 1b", END, "66.7", 2, 3L);
        assertFigure(measures, "ASCOF 3D 2b", END, "33.3", 1, 3L);

        // Several from one reading of the file (the widest look-back, 2B's) come out as each does alone; others' measures are left out.
        Map<String, MeasureFigures.Figure> together = source(measures, "ASCOF 2A").figures(List.of("ASCOF 2A", "ASCOF 2C", "ASCOF 2E", "ASCOF 3D 2a",
                "ASCOF 3D 1b", "ASCOF 1E", "LTS-HOME-18-64"), LocalDate.parse(END));
        assertThat(together.keySet()).containsExactlyInAnyOrder("ASCOF 2A", "ASCOF 2C", "ASCOF 2E", "ASCOF 3D 2a", "ASCOF 3D 1b", "ASCOF 1E");
        assertThat(List.of(together.get("ASCOF 2A").numerator(), together.get("ASCOF 2A").denominator(), together.get("ASCOF 2E").numerator(),
                together.get("ASCOF 2E").denominator(), together.get("ASCOF 3D 2a").numerator(), together.get("ASCOF 1E").denominator()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(number(2), number(3), number(6), number(11), number(1), number(3));

        // The 12 months to 31 March 1999.
        assertFigure(measures, "ASCOF 2C", YEAR_BEFORE, "1", 1, null);
        assertFigure(measures, "ASCOF 2B", YEAR_BEFORE, "0", 0, null);
        assertFigure(measures, "ASCOF 2A", YEAR_BEFORE, null, 0, 0L);
        assertFigure(measures, "ASCOF 2E", YEAR_BEFORE, "20.0", 1, 5L);
        assertFigure(measures, "ASCOF 2E LD", YEAR_BEFORE, "50.0", 1, 2L);
        assertFigure(measures, "ASCOF 1E", YEAR_BEFORE, "0.0", 0, 2L);
        assertFigure(measures, "ASCOF 3D 1a", YEAR_BEFORE, "33.3", 1, 3L);
        assertFigure(measures, "ASCOF 3D 2a", YEAR_BEFORE, "0.0", 0, 3L);
        assertFigure(measures, "ASCOF 3D 1b", YEAR_BEFORE, null, 0, 0L);

        // Through the framework's series: shares as counted; a rate with no population held has its count and no value.
        JsonNode homes = point(performance, "ASCOF%202E");
        assertThat(List.of(homes.path("value").decimalValue(), homes.path("numerator").decimalValue(), homes.path("denominator").decimalValue()))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("54.5"), number(6), number(11));
        assertThat(point(performance, "ASCOF%203D%201a").path("value").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode older = point(performance, "ASCOF%202C");
        assertThat(older.path("numerator").decimalValue()).isEqualByComparingTo("1");
        assertThat(older.path("value").isMissingNode() || older.path("value").isNull()).as("no population held for 1999").isTrue();

        // The drill-down lists the rows counted, linked to their records, and is audited.
        assertDrillDown(measures, "ASCOF 2A", END, "/returns/cld/measures/ASCOF%202A?end=" + END + "&part=numerator",
                "/returns/cld/measures/ASCOF%202A?end=" + END + "&part=denominator");
        assertDrillDown(measures, "ASCOF 3D 1a", END, "/returns/cld/measures/ASCOF%203D%201a?end=" + END + "&part=numerator",
                "/returns/cld/measures/ASCOF%203D%201a?end=" + END + "&part=denominator");
        assertDrillDown(measures, "ASCOF 2C", END, "/returns/cld/measures/ASCOF%202C?end=" + END + "&part=numerator", null);
        Session signedIn = new Session(port, performance);
        java.net.http.HttpResponse<String> numerator = signedIn.page("/returns/cld/measures/ASCOF%202A?end=" + END + "&part=numerator");
        assertThat(numerator.statusCode()).as(numerator.body()).isEqualTo(200);
        assertThat(numerator.body()).contains(id(a1), id(a4), "/services/" + a4last.path("id").asString(), "3 September 1999", "19 October 1999",
                "Followed by: NFA: Information and advice or signposting").doesNotContain(id(a2), id(a3));
        String denominator = signedIn.page("/returns/cld/measures/ASCOF%202A?end=" + END + "&part=denominator").body();
        assertThat(denominator).contains(id(a1), id(a2), id(a4), "Followed by: Long term support: Community").doesNotContain(id(a3));
        String admissions = signedIn.page("/returns/cld/measures/ASCOF%202C?end=" + END + "&part=numerator").body();
        assertThat(admissions).contains(id(b1), "/services/" + b1home.path("id").asString()).doesNotContain(id(b2), id(b3));
        String homesListed = signedIn.page("/returns/cld/measures/ASCOF%202E?end=" + END + "&part=denominator").body();
        assertThat(homesListed).contains(id(a2), "Unknown: presumed at home", "Registered nursing home", id(l2), id(d2))
                .doesNotContain(id(a3), id(c1));
        String selfDirected = signedIn.page("/returns/cld/measures/ASCOF%203D%201a?end=" + END + "&part=numerator").body();
        assertThat(selfDirected).contains(id(d1), id(d3), id(l4), "Community: Direct Payment").doesNotContain(id(d2), id(l1), id(b1));
        // The measure's own page links to the rows behind its latest month, for those who may drill down.
        java.net.http.HttpResponse<String> measurePage = signedIn.page("/performance/measures/ASCOF%202A");
        assertThat(measurePage.statusCode()).isEqualTo(200);
        assertThat(measurePage.body()).contains("/returns/cld/measures/ASCOF%202A?end=");
        assertThat(jdbc.sql("select count(*) from platform.audit_event where actor = :a and subject_type = 'return' and subject_id = 'CLD ASCOF 2A'")
                .param("a", performance.username()).query(Long.class).single()).isEqualTo(2);
        assertThat(signedIn.page("/returns/cld/measures/ASCOF%202C?end=" + END + "&part=denominator").statusCode()).isEqualTo(400);
        assertThat(signedIn.page("/returns/cld/measures/ASCOF%209Z?end=" + END).statusCode()).isEqualTo(404);
        assertThat(new Session(port, practitioner).page("/returns/cld/measures/ASCOF%202A?end=" + END + "&part=numerator").statusCode()).isEqualTo(403);
        assertThat(new Session(port, staffWith(Role.COUNCILLOR)).page("/returns/cld/measures/ASCOF%202A?end=" + END + "&part=numerator").statusCode())
                .isEqualTo(403);
    }

    private static BigDecimal number(long n) {
        return BigDecimal.valueOf(n);
    }

    private MeasureFigures.Definition definition(String reference) {
        return source(measures, reference).definitions().stream().filter(d -> d.reference().equals(reference)).findFirst().orElseThrow();
    }

    private static JsonNode point(Api api, String reference) {
        Api.Response series = api.get("/api/v1/measures/" + reference + "/series?from=2000-03&to=2000-03");
        assertThat(series.status()).as(series.toString()).isEqualTo(200);
        return series.json().path("points").get(0);
    }

    /** The council person ID, as the file and the drill-down show it. */
    private static String id(JsonNode person) {
        return ">" + person.path("personId").asString() + "<";
    }

    /** Makes the cohort's people and services through the API. */
    private record Cohort(Api api, long team) {

        JsonNode person(String name, String born, String reason, String accommodation, String employment) {
            Map<String, Object> body = new HashMap<>();
            body.put("givenName", name);
            body.put("familyName", uniqueName("Ascof"));
            body.put("dateOfBirth", born);
            body.put("gender", "Female");
            body.put("postcode", "LE1 7RH");
            body.put("primarySupportReason", reason);
            if (accommodation != null) {
                body.put("accommodationStatus", accommodation);
                body.put("accommodationStatusFrom", "1990-01-01");
            }
            if (employment != null) {
                body.put("employmentStatus", employment);
                body.put("employmentStatusFrom", "1990-01-01");
            }
            Api.Response created = api.post("/api/v1/people", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.json();
        }

        JsonNode service(JsonNode person, String type, String component, String mechanism, String start) {
            return CareAndSupport.start(api, CareAndSupport.service(person.path("id").asString(), team, type, component, mechanism, start, "100.00", "Weekly",
                    null));
        }

        JsonNode placement(JsonNode person, String type, String component, String location, String start) {
            Map<String, Object> body = CareAndSupport.service(person.path("id").asString(), team, type, component, C, start, "700.00", "Weekly", null);
            body.put("locationId", location);
            return CareAndSupport.start(api, body);
        }

        void end(JsonNode service, String on, String outcome) {
            Api.Response ended = api.post("/api/v1/services/" + service.path("id").asString() + "/end", Map.of("version", service.path("version").asInt(),
                    "endDate", on, "outcome", outcome));
            assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        }
    }
}
