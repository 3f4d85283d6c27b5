package org.openasc.platform.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One module's part of a subject access request (UK GDPR article 15): everything it holds about a
 * person, whoever could see it day to day, for the officer who answers the request. The subject access
 * service checks the caller may answer requests, audits the disclosure and flags passages naming other
 * people for redaction review, so a source does none of these.
 */
public interface DisclosureSource {

    /** The module's records about the person, in sections ("Safeguarding concerns"), each record with its fields and free text. */
    List<Section> disclose(UUID personId);

    /** A heading of the bundle and its records, oldest first. */
    record Section(String heading, List<Item> items) {
    }

    /**
     * One record: its title ("Safeguarding concern 1042"), the day it dates from, its fields as label and value in reading order,
     * and its passages of free text (notes, narratives, reasons), each of which may name other people and is checked for them.
     */
    record Item(String title, LocalDate on, List<Field> fields, List<Passage> passages) {
    }

    record Field(String label, String value) {
    }

    /** A passage of free text with what it is ("What happened", "Addendum"). */
    record Passage(String label, String text) {
    }
}
