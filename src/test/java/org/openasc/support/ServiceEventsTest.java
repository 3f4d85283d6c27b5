package org.openasc.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.JsonNode;

import org.openasc.platform.security.Role;
import org.openasc.testing.Api;
import org.openasc.testing.CareAndSupport;
import org.openasc.testing.IntegrationTest;
import org.openasc.testing.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Care and support announces each service started, changed and ended (ADR 20), for whichever module needs to know:
 *
 * <pre>
 * 7 Jan 1985   started: Home Support, £21.50 an hour for 10.5 hours          £225.75 a week
 * 1 Apr 1985   changed: £22.00 an hour for 12 hours, "Annual uplift"        £264.00 a week
 * 31 Dec 1985  ended: NFA: Support ended as planned
 * </pre>
 */
@EnableScenarios
class ServiceEventsTest extends IntegrationTest {

    @Test
    void aServiceStartedChangedAndEndedIsAnnouncedWithItsDaysCostsAndOutcome(Scenario scenario) {
        long team = newTeam("Locality ");
        Api practitioner = staffIn(Set.of(team), Role.PRACTITIONER);
        String person = People.create(practitioner, "Olive");
        String by = practitioner.username();
        AtomicReference<JsonNode> service = new AtomicReference<>();

        scenario.stimulate(() -> CareAndSupport.start(practitioner, CareAndSupport.service(person, team, "Long term support: Community",
                        "Home Support", "CASSR commissioned support", "1985-01-07", "21.50", "Hourly", "10.5")))
                .andWaitForEventOfType(ServiceStarted.class).matching(e -> e.personId().equals(UUID.fromString(person)))
                .toArriveAndVerify((started, view) -> {
                    service.set(view);
                    assertThat(started.serviceId().toString()).isEqualTo(view.path("id").asString());
                    assertThat(started.serviceNumber()).isEqualTo(view.path("serviceNumber").asLong());
                    assertThat(started.teamId()).isEqualTo(team);
                    assertThat(started.serviceType()).isEqualTo("Long term support: Community");
                    assertThat(started.serviceComponent()).isEqualTo("Home Support");
                    assertThat(started.deliveryMechanism()).isEqualTo("CASSR commissioned support");
                    assertThat(started.locationId()).isNull();
                    assertThat(started.startDate()).isEqualTo(LocalDate.of(1985, 1, 7));
                    assertThat(started.weeklyCost()).isEqualByComparingTo("225.75");
                    assertThat(started.recordedBy()).isEqualTo(by);
                });
        String path = "/api/v1/services/" + service.get().path("id").asString();

        scenario.stimulate(() -> practitioner.post(path + "/changes", Map.of("version", service.get().path("version").asInt(),
                        "effectiveFrom", "1985-04-01", "unitCost", "22.00", "costFrequency", "Hourly", "plannedUnitsPerWeek", "12",
                        "reason", "Annual uplift")))
                .andWaitForEventOfType(ServiceChanged.class).matching(e -> e.serviceId().equals(UUID.fromString(service.get().path("id").asString())))
                .toArriveAndVerify((changed, response) -> {
                    assertThat(response.status()).as(response.toString()).isEqualTo(201);
                    service.set(response.json());
                    assertThat(changed.personId().toString()).isEqualTo(person);
                    assertThat(changed.effectiveFrom()).isEqualTo(LocalDate.of(1985, 4, 1));
                    assertThat(changed.weeklyCost()).isEqualByComparingTo("264.00");
                    assertThat(changed.reason()).isEqualTo("Annual uplift");
                    assertThat(changed.recordedBy()).isEqualTo(by);
                });

        scenario.stimulate(() -> practitioner.post(path + "/end", Map.of("version", service.get().path("version").asInt(), "endDate", "1985-12-31",
                        "outcome", "NFA: Support ended as planned")))
                .andWaitForEventOfType(ServiceEnded.class).matching(e -> e.serviceId().equals(UUID.fromString(service.get().path("id").asString())))
                .toArriveAndVerify((ended, response) -> {
                    assertThat(response.status()).as(response.toString()).isEqualTo(200);
                    assertThat(ended.serviceNumber()).isEqualTo(service.get().path("serviceNumber").asLong());
                    assertThat(ended.personId().toString()).isEqualTo(person);
                    assertThat(ended.endDate()).isEqualTo(LocalDate.of(1985, 12, 31));
                    assertThat(ended.outcome()).isEqualTo("NFA: Support ended as planned");
                    assertThat(ended.recordedBy()).isEqualTo(by);
                });
    }
}
