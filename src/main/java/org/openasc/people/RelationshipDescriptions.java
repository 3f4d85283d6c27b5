package org.openasc.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openasc.people.domain.PersonStore;
import org.openasc.people.domain.RelationshipStore;

/** Reads a stored relationship from either person's side, so "Unpaid carer of" on one record is "Cared for by" on the other. */
final class RelationshipDescriptions {

    private static final Map<String, String[]> PHRASES = Map.of(
            "Unpaid carer of", new String[] {"Unpaid carer of", "Cared for by"},
            "Cared for by", new String[] {"Cared for by", "Unpaid carer of"},
            "Next of kin", new String[] {"Next of kin of", "Has as next of kin"},
            "Lasting power of attorney (health and welfare)", new String[] {"Attorney (health and welfare) for", "Has as attorney (health and welfare)"},
            "Lasting power of attorney (property and financial affairs)", new String[] {"Attorney (property and financial affairs) for", "Has as attorney (property and financial affairs)"},
            "Deputy appointed by the Court of Protection", new String[] {"Court of Protection deputy for", "Has as Court of Protection deputy"},
            "Other", new String[] {"Other relationship with", "Other relationship with"});

    private RelationshipDescriptions() {
    }

    /** How the relationship reads from the side of the person it was recorded on. */
    static String fromSubject(String type) {
        return PHRASES.getOrDefault(type, new String[] {type, type})[0];
    }

    static List<RelationshipView> from(UUID self, List<RelationshipStore.Row> rows, PersonStore people, String viewer, LocalDate today) {
        List<UUID> others = rows.stream().map(r -> r.personId().equals(self) ? r.relatedPersonId() : r.personId()).distinct().toList();
        Map<UUID, PersonSummary> summaries = people.summaries(others, viewer).stream()
                .map(PersonRecords::summary).collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        return rows.stream().map(r -> {
            boolean subject = r.personId().equals(self);
            String[] phrases = PHRASES.getOrDefault(r.relationshipType(), new String[] {r.relationshipType(), r.relationshipType()});
            PersonSummary other = summaries.get(subject ? r.relatedPersonId() : r.personId());
            boolean current = (r.startDate() == null || !r.startDate().isAfter(today)) && (r.endDate() == null || !r.endDate().isBefore(today));
            return new RelationshipView(r.id(), r.relationshipType(), phrases[subject ? 0 : 1], other, r.startDate(), r.endDate(), r.notes(), current);
        }).toList();
    }
}
