package org.openasc.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.openasc.people.PersonDetails;
import org.openasc.people.PersonRecords;
import org.openasc.people.PersonView;

/**
 * The deaths the demo's care and support history tells of, recorded after it as a worker records a death: a long-term
 * service ended "NFA: Deceased" ends on the day the person died, and a reablement follow-up answered "Died" means they
 * died within 91 days of leaving hospital. Recorded through the person record, so the death closes whatever of theirs was
 * still open then by the rules real work follows, and no later work is generated for them (the front door is told).
 */
final class SyntheticDeaths {

    private static final String DECEASED = "NFA: Deceased";

    private SyntheticDeaths() {
    }

    /** Each person the history says died, with the day: the earliest the history gives. */
    static Map<UUID, LocalDate> in(SyntheticSupport.Activity history) {
        Map<UUID, LocalDate> deaths = new TreeMap<>();
        history.services().stream().filter(s -> DECEASED.equals(s.endOutcome()) && s.endDate() != null)
                .forEach(s -> deaths.merge(s.personId(), s.endDate(), (a, b) -> a.isBefore(b) ? a : b));
        history.discharges().stream().filter(d -> "Died".equals(d.status91Day()) && d.dischargedOn() != null)
                .forEach(d -> deaths.merge(d.personId(), d.dischargedOn().plusDays(1 + Math.floorMod(d.personId().hashCode(), 90)),
                        (a, b) -> a.isBefore(b) ? a : b));
        return deaths;
    }

    /** Records each death on the person's record, as a practitioner would. */
    static void record(PersonRecords people, Map<UUID, LocalDate> deaths) {
        DemoAuthority.as("practitioner", "PRACTITIONER", () -> {
            deaths.forEach((id, died) -> people.change(id, diedOn(people.open(id), died)));
            return null;
        });
    }

    private static PersonDetails diedOn(PersonView p, LocalDate died) {
        return new PersonDetails(p.givenName(), p.familyName(), p.preferredName(), p.dateOfBirth(), died, p.nhsNumber(), p.gender(),
                p.ethnicity(), p.addressLine1(), p.addressLine2(), p.town(), p.postcode(), p.gpPracticeCode(), p.gpPracticeName(),
                p.preferredLanguage(), p.communicationNeeds(), p.communicationNotes(), p.phone(), p.email(), p.accommodationStatus(),
                p.accommodationStatusFrom(), p.employmentStatus(), p.employmentStatusFrom(), p.primarySupportReason(), p.hasUnpaidCarer(),
                p.autism(), p.visualImpairment(), p.hearingImpairment(), p.dementia(), p.version());
    }
}
