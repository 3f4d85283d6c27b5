package org.openasc.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything held about a person, as disclosed for a subject access request: each module's records with
 * their fields and passages, the passages that may name someone else flagged for redaction review, and
 * who has looked at the person's record. {@code contentHash} is the SHA-256 of the bundle without it.
 */
public record SubjectAccessBundle(long requestNumber, UUID personId, String personReference, String personName, LocalDate dateOfBirth,
                                  LocalDate receivedOn, LocalDate dueOn, Instant producedAt, String producedBy, List<Section> sections,
                                  List<Access> accessLog, int passagesToReview, String contentHash) {

    @Schema(name = "BundleSection")
    public record Section(String heading, List<Item> items) {
    }

    @Schema(name = "BundleItem")
    public record Item(String title, LocalDate on, List<Field> fields, List<Passage> passages) {
    }

    public record Field(String label, String value) {
    }

    /** A passage of free text; {@code reviewForRedaction} lists why it may identify someone else (empty when nothing does). */
    public record Passage(String label, String text, List<String> reviewForRedaction) {
    }

    /** One line of the record's access log: when, who, what they did. */
    public record Access(Instant at, String by, String action, String detail) {
    }

    SubjectAccessBundle withHash(String hash) {
        return new SubjectAccessBundle(requestNumber, personId, personReference, personName, dateOfBirth, receivedOn, dueOn, producedAt, producedBy,
                sections, accessLog, passagesToReview, hash);
    }
}
