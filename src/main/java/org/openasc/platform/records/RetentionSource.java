package org.openasc.platform.records;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One module's part in keeping a person's adult social care record no longer than its retention rule
 * allows (the Records Management Code of Practice: 8 years after the last service or death). The
 * retention service asks every module when each person last had something happen in it, whether
 * anything holds their records regardless of dates, and then, for an administrator's disposal with
 * a reason, to anonymise or delete what the module holds about them. It audits; a source does not.
 */
public interface RetentionSource {

    /** A date meaning "still going on" (an open service, an open request): the record is not yet counting down. */
    LocalDate ONGOING = LocalDate.MAX;

    /**
     * For every person with records in this module, the last day anything happened in them that counts towards retention
     * (a service ended, a contact, a review, a note, a decision), or {@link #ONGOING}. One query, whatever the number of people.
     */
    Map<UUID, LocalDate> lastActivity();

    /**
     * For records that count from the day they were opened when nothing else has happened to them (the person record
     * itself): the day each was opened. Opening a record is not activity: a record brought in from an old system today
     * keeps its services' and contacts' own dates.
     */
    default Map<UUID, LocalDate> opened() {
        return Map.of();
    }

    /** Why the person's records must be kept whatever the dates (an open safeguarding enquiry, say), or empty. */
    Optional<String> hold(UUID personId);

    /**
     * Removes from this module's records about the person everything that identifies them or anyone else (names, free text,
     * contact details), keeping the coded facts figures count (dates, codes, costs), so figures already computed stay true.
     */
    void anonymise(UUID personId);

    /** Deletes this module's records about the person. Runs before the person record itself is deleted, in one transaction. */
    void delete(UUID personId);
}
