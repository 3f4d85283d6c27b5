package org.openasc.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people module on its own (with the platform it stands on, and no module listening): recording a date of death
 * on a record that had none announces that the person died, with the day and who recorded it (ADR 20); a correction of
 * anything else, or of a date of death already recorded, announces nothing.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@TestPropertySource(properties = {"openasc.demo.enabled=false", "openasc.embedded-database.data-directory=",
        "openasc.performance.keep-month-ends=false"})
@WithMockUser(username = "people-module-test", roles = "PRACTITIONER")
class PeopleModuleTest {

    @Autowired
    private PersonRecords records;

    @Test
    void recordingADateOfDeathAnnouncesThatThePersonDied(Scenario scenario) {
        String family = "Moduleton";
        UUID id = records.create(details(family, null, "LE1 7RH", null)).person().id();

        scenario.stimulate(() -> records.change(id, details(family, LocalDate.of(1987, 3, 10), "LE1 7RH", 0)))
                .andWaitForEventOfType(PersonDied.class).matching(died -> died.personId().equals(id))
                .toArriveAndVerify(died -> {
                    assertThat(died.diedOn()).isEqualTo(LocalDate.of(1987, 3, 10));
                    assertThat(died.recordedBy()).isEqualTo("people-module-test");
                });
    }

    @Test
    void correctingARecordOtherwiseAnnouncesNoDeath(Scenario scenario) {
        String family = "Moduleton";
        UUID id = records.create(details(family, null, "LE1 7RH", null)).person().id();

        scenario.stimulate(() -> records.change(id, details(family, null, "LE2 1AB", 0))).customize(asTheMemberOfStaff())
                .andWaitForStateChange(() -> records.open(id).postcode(), "LE2 1AB"::equals)
                .andVerifyEvents(events -> assertThat(events.ofType(PersonDied.class).matching(e -> e.personId().equals(id))).isEmpty());

        PersonView died = records.change(id, details(family, LocalDate.of(1986, 11, 2), "LE2 1AB", 1));
        LocalDate corrected = LocalDate.of(1986, 11, 3);
        scenario.stimulate(() -> records.change(id, details(family, corrected, "LE2 1AB", died.version()))).customize(asTheMemberOfStaff())
                .andWaitForStateChange(() -> records.open(id).dateOfDeath(), corrected::equals)
                .andVerifyEvents(events -> assertThat(events.ofType(PersonDied.class).matching(e -> e.diedOn().equals(corrected))).isEmpty());
    }

    /** Reads the record back on the test's thread, which holds the signed-in member of staff. */
    private static Function<ConditionFactory, ConditionFactory> asTheMemberOfStaff() {
        return ConditionFactory::pollInSameThread;
    }

    private static PersonDetails details(String family, LocalDate diedOn, String postcode, Integer version) {
        return new PersonDetails("Edith", family, null, LocalDate.of(1920, 2, 2), diedOn, null, "Female", null,
                null, null, null, postcode, null, null, null, List.of(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, version);
    }
}
