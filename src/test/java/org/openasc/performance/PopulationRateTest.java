package org.openasc.performance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rate per 100,000: care home admissions of people 65 and over in 2003-04 (no other test records services or
 * population in 2003), counted by the care and support module and divided by the population the framework holds.
 *
 * <pre>
 * population 2003: 65-74 30,000 + 75-84 15,000 + 85+ 5,000 = 50,000 aged 65+ (no 65+ row: the finer bands are summed)
 * admissions since 1 April 2003: Ada (born 1933, 70 on 12 May 2003), residential from 12 May
 *                                Bob (born 1950, 53): not 65 or over, not counted
 * April 2003: 0 / 50,000 = 0.0 per 100,000; May and June: 1 x 100,000 / 50,000 = 2.0
 * </pre>
 */
class PopulationRateTest extends IntegrationTest {

    @Test
    void careHomeAdmissionsPer100000AreCountedOutOfThePopulationOfTheAgeBand() {
        Api team = staffWith(Role.PERFORMANCE);
        assertThat(team.raw("POST", "/api/v1/population", "text/csv", "year,age_band,population\n2003,65-74,30000\n2003,75-84,15000\n2003,85+,5000\n")
                .status()).isEqualTo(201);
        long locality = newTeam("Rates ");
        Api practitioner = staffIn(Set.of(locality), Role.PRACTITIONER);
        String home = CareAndSupport.location(staffWith(Role.BROKERAGE), uniqueName("Elm House "), List.of("Residential care home"), 40);
        for (String[] who : List.of(new String[] {"Ada", "1933-01-01"}, new String[] {"Bob", "1950-01-01"})) {
            String person = CareAndSupport.person(practitioner, who[0], who[1], "Physical support: Personal care support", null, null);
            Map<String, Object> placement = CareAndSupport.service(person, locality, "Long term support: Residential care", "Long Term Residential Care",
                    "CASSR commissioned support", "2003-05-12", "650.00", "Weekly", null);
            placement.put("locationId", home);
            CareAndSupport.end(practitioner, CareAndSupport.start(practitioner, placement), "2003-12-31");
        }

        JsonNode points = team.get("/api/v1/measures/CARE-HOME-ADMISSIONS-65/series?from=2003-04&to=2003-06").json().path("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).path("value").decimalValue()).isEqualByComparingTo("0.0");
        assertThat(points.get(1).path("value").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(points.get(1).path("numerator").decimalValue()).isEqualByComparingTo("1");
        assertThat(points.get(1).path("denominator").decimalValue()).isEqualByComparingTo("50000");
        assertThat(points.get(2).path("value").decimalValue()).isEqualByComparingTo("2.0");
        JsonNode before = team.get("/api/v1/measures/CARE-HOME-ADMISSIONS-65/series?from=2000-06&to=2000-06").json().path("points").get(0);
        assertThat(before.path("value").isMissingNode() || before.path("value").isNull()).as("no population held for 2000 or before").isTrue();
        assertThat(team.get("/api/v1/measures/CARE-HOME-ADMISSIONS-65").json().path("unit").asString()).isEqualTo("RATE_PER_100000");
    }
}
