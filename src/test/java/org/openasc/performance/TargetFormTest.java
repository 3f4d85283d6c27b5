package org.openasc.performance;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.Session;

import static org.assertj.core.api.Assertions.assertThat;

/** A measure aimed within a band is given a band on its page, never a single target; any other aim, a target and no band. */
class TargetFormTest extends IntegrationTest {

    @Test
    void theTargetFormAsksForWhatTheMeasuresAimNeeds() {
        Api team = staffWith(Role.PERFORMANCE);
        Session session = new Session(port, team);
        for (String polarity : new String[] {"WITHIN_BAND", "HIGHER_IS_BETTER"}) {
            String ref = uniqueName("TF").replaceAll("[^A-Za-z0-9]", "");
            Api.Response created = team.post("/api/v1/measures", Map.of("reference", ref, "name", "Occupancy of short breaks beds " + ref,
                    "group", "Targets form", "numerator", "Nights used", "denominator", "Nights available", "owner", "Head of Service",
                    "unit", "PERCENTAGE", "polarity", polarity, "basis", "MONTH"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String page = session.page("/performance/measures/" + ref).body();
            boolean band = polarity.equals("WITHIN_BAND");
            assertThat(page.contains("name=\"bandLower\"")).as(polarity + " band fields").isEqualTo(band);
            assertThat(page.contains("name=\"target\"")).as(polarity + " target field").isEqualTo(!band);
        }
    }
}
