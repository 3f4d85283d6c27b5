package org.openasc.platform.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;

import org.openasc.platform.security.Access;
import org.openasc.platform.staff.StaffDirectory;

/**
 * The one way a module writes its part of a subject access request: it adds its sections, each only when it has records,
 * and names staff and teams through the lookups here (read once for the whole disclosure); this answers the
 * {@link DisclosureSource} contract for the officers who answer requests.
 *
 * @param <Q> the module's query that reads its records about a person
 */
public abstract class ModuleDisclosure<Q> implements DisclosureSource {

    protected final Q query;
    private final StaffDirectory staff;

    /** @param staff the staff directory, for modules that name staff or teams; null for one that names neither */
    protected ModuleDisclosure(Q query, StaffDirectory staff) {
        this.query = query;
        this.staff = staff;
    }

    @Override
    @PreAuthorize(Access.ANSWER_SUBJECT_ACCESS)
    public List<Section> disclose(UUID personId) {
        Sections sections = new Sections();
        collect(personId, sections);
        return sections.list();
    }

    /** Adds the module's sections about the person, oldest record first in each. */
    protected abstract void collect(UUID personId, Sections sections);

    /** Every team's name by id. */
    protected Map<Long, String> teamNames() {
        return staff.allTeams().stream().collect(Collectors.toMap(StaffDirectory.TeamView::id, StaffDirectory.TeamView::name));
    }

    /** The display names of these members of staff by username (nulls passed over). */
    protected Map<String, String> staffNames(Stream<String> usernames) {
        return staff.displayNames(usernames.filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** A member of staff's display name, their username if they have none, or null for nobody. */
    protected static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

    /** The sections of a module's disclosure, in the order added; a heading with no records is left out. */
    public static final class Sections {

        private final List<Section> sections = new ArrayList<>();

        public <R> Sections add(String heading, List<R> rows, Function<R, Item> item) {
            return add(heading, rows.stream().map(item).toList());
        }

        public Sections add(String heading, List<Item> items) {
            if (!items.isEmpty()) {
                sections.add(new Section(heading, items));
            }
            return this;
        }

        List<Section> list() {
            return sections;
        }
    }
}
