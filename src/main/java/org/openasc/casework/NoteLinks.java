package org.openasc.casework;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.openasc.casework.domain.NoteStore;
import org.openasc.platform.records.LinkedRecords;

/**
 * The modules that answer for the records notes link to. A note is seen only by those who may see every
 * record it links to; for a list of notes each module is asked once per kind of record, not once per link.
 */
@Component
class NoteLinks {

    private final Map<String, LinkedRecords> modules = new LinkedHashMap<>();

    NoteLinks(List<LinkedRecords> modules) {
        modules.forEach(m -> m.kinds().forEach(kind -> this.modules.put(kind, m)));
    }

    Set<String> kinds() {
        return modules.keySet();
    }

    LinkedRecords module(String kind) {
        return kind == null ? null : modules.get(kind);
    }

    /** The notes among {@code notes} whose every linked record the caller may see. */
    Set<UUID> visible(Collection<UUID> notes, Map<UUID, List<NoteStore.Link>> links) {
        Map<String, Set<UUID>> asked = new HashMap<>();
        links.values().forEach(list -> list.forEach(l -> asked.computeIfAbsent(l.kind(), k -> new HashSet<>()).add(l.id())));
        Map<String, Set<UUID>> seen = new HashMap<>();
        asked.forEach((kind, ids) -> seen.put(kind, modules.containsKey(kind) ? modules.get(kind).seen(kind, ids) : Set.of()));
        Set<UUID> visible = new HashSet<>();
        for (UUID note : notes) {
            if (links.getOrDefault(note, List.of()).stream().allMatch(l -> seen.getOrDefault(l.kind(), Set.of()).contains(l.id()))) {
                visible.add(note);
            }
        }
        return visible;
    }
}
