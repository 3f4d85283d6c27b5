package org.openasc.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.people.domain.PersonEvents;
import org.openasc.platform.records.ChronologyEntry;
import org.openasc.platform.records.ModuleChronology;

/**
 * The person record's part of the chronology: when the record was opened, changes of accommodation and
 * employment, and death (significant). Whoever may open the person's record sees these.
 */
@Component
class PersonChronology extends ModuleChronology<PersonEvents> {

    PersonChronology(PersonEvents events) {
        super(events, "PERSON", "Person record");
    }

    @Override
    protected Entries read(UUID personId, LocalDate from, LocalDate to, Set<String> wanted) {
        if (!wanted.contains("PERSON")) {
            return Entries.none();
        }
        String link = "/people/" + personId;
        List<ChronologyEntry> shown = query.between(personId, from, to).stream().map(e -> switch (e.type()) {
            case "RECORD" -> new ChronologyEntry(e.at(), true, "PERSON", "Record opened", "By " + e.by(), "people", link, false);
            case "DEATH" -> ChronologyEntry.onDay(e.on(), "PERSON", "Died", null, "people", link, true);
            default -> ChronologyEntry.onDay(e.on(), "PERSON", circumstance(e.value()), null, "people", link, false);
        }).toList();
        return new Entries(shown, 0);
    }

    /** "accommodation-status: Owner occupier" read as "Accommodation: Owner occupier". */
    private static String circumstance(String value) {
        return value.replaceFirst("^accommodation-status: ", "Accommodation: ").replaceFirst("^employment-status: ", "Employment: ");
    }
}
